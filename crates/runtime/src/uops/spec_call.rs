//! Guards and actions of the specialized call instructions.

//! Guards and actions of the specialized attribute and global instructions.

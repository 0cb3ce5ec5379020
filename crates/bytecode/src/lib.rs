//! Stitch bytecode: the instruction and micro-op tables, code objects, line
//! and exception tables, constants. No behaviour lives here.
//!
//! The layer below every other: the compiler produces [`CodeObject`]s, the
//! runtime executes them, tier 2 reads the uop table to project and
//! optimize. Every instruction and every uop is declared once, in
//! [`ops`], and everything else (enums, names, flags, stack effects,
//! expansions) is derived from that declaration.

pub mod code;
pub mod ops;
pub mod verify;

pub use code::*;
pub use ops::*;
pub use verify::verify;

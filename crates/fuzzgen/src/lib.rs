//! Differential fuzzing of Stitch against CPython 3.11.
//!
//! [`program`] writes random but valid Python programs, deterministic from a
//! seed, aimed at an adaptive interpreter (hot loops whose operand types
//! change); [`campaign`] runs them under both implementations
//! ([`exec`]), compares what they printed ([`compare`]), and saves the
//! programs they disagree on as test cases, optionally made smaller first
//! ([`shrink`]). The `stitch-fuzz` binary is the command line; `fuzz/README.md`
//! says how to run it.

pub mod campaign;
pub mod compare;
pub mod exec;
pub mod program;
pub mod rng;
pub mod shrink;

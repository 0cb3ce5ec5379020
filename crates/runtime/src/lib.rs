//! The Stitch runtime: values and objects, memory management, built-in
//! types and modules, frames, the tier-1 interpreter, and the interfaces
//! (`Compiler`, `Optimizer`, `Executor`) that the compiler and the tiers
//! above plug into.
//!
//! Unsafe code lives only in `value.rs`, `object.rs` and `frame.rs` (plus
//! two libc calls in `breaker.rs` and `vm.rs`), each with its invariants
//! in the module docs.

pub mod attr;
pub mod breaker;
pub mod builtins;
pub mod call;
pub mod coro;
pub mod dict;
pub mod frame;
pub mod function;
pub mod generator;
pub mod instance;
pub mod interfaces;
pub mod interp;
pub mod iter;
pub mod matching;
pub mod module;
pub mod num;
pub mod object;
pub mod protocol;
pub mod set;
pub mod specialize;
pub mod stats;
pub mod str;
pub mod tierup;
pub mod types;
pub mod uops;
pub mod value;
pub mod vm;
pub mod watch;

pub use value::Value;
pub use vm::{Config, Exc, PyErr, PyResult, Vm};

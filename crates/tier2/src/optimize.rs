//! The optimizer: passes over the region tree in the buffer (DESIGN §4,
//! "Optimization"). A removed uop becomes a `NOP` (so fork links keep
//! their indices) that linearization drops, passing its instruction
//! count on.
//!
//! Passes, in order:
//! 1. [`crate::lattice`]'s abstract interpretation: guards whose outcome
//!    is known go, pure uops on constants fold, and pure results nobody
//!    uses go with the uop that made them;
//! 2. position updates (`SET_IP`) go: nothing reads them.

use stitch_bytecode::Uop;

use crate::arena::Dep;
use crate::inst::Inst;

/// What the passes removed, for `--stats`.
#[derive(Default, Clone, Copy, Debug)]
pub struct Removed {
    pub guards: u64,
    pub folded: u64,
    pub dead: u64,
    pub set_ips: u64,
}

/// Optimize the tree in `insts` in place, given what projection made it
/// depend on; returns everything its executors depend on (beyond their
/// guards).
pub fn optimize(insts: &mut [Inst], removed: &mut Removed, projected: &[Dep]) -> Vec<Dep> {
    let mut deps = crate::lattice::run(insts, removed);
    for d in projected {
        if !deps.contains(d) {
            deps.push(*d);
        }
    }
    if deps.is_empty() {
        // Nothing the escaping uops could change invalidates the executors.
        for i in insts.iter_mut().filter(|i| i.uop == Uop::CHECK_VALIDITY) {
            i.uop = Uop::NOP;
        }
    }
    remove_unread_positions(insts, removed);
    deps
}

/// Remove every `SET_IP`: no uop of the micro-op interpreter reads one.
/// A uop that escapes may run code that looks at the frame's position (a
/// traceback, a frame object, an operator method whose result its caller
/// gets back through the position), but its handler sets the position
/// from the uop's own instruction first; so does a frame pop's; a uop
/// that raises needs none (the interpreter sets it on the way out), nor
/// does an exit (tier 1 resumes at a known offset and sets it).
pub fn remove_unread_positions(insts: &mut [Inst], removed: &mut Removed) {
    for i in insts.iter_mut().filter(|i| i.uop == Uop::SET_IP) {
        i.uop = Uop::NOP;
        removed.set_ips += 1;
    }
}

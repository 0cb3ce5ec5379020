//! The optimizer: passes over the region tree in the buffer (DESIGN §4,
//! "Optimization"). A removed uop becomes a `NOP` (so fork links keep
//! their indices) that linearization drops, passing its instruction
//! count on.
//!
//! Passes, in order:
//! 1. [`crate::lattice`]'s abstract interpretation: guards whose outcome
//!    is known go, pure uops on constants fold, and pure results nobody
//!    uses go with the uop that made them;
//! 2. position updates (`SET_IP`) that nothing reads go.

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

/// Does `i` read the frame's position (`lasti`) without setting it? A
/// uop that escapes may run code that looks at the frame (a traceback, a
/// frame object, an operator method whose result its caller gets back
/// through the position), but its handler sets the position from the
/// uop's instruction first; a uop that raises needs none either (the
/// interpreter sets it on the way out), nor does a frame pop (its handler
/// sets it). So no uop of the micro-op interpreter reads a `SET_IP`'s
/// position: the pass removes them all; a back end whose uops did not set
/// it themselves would say so here.
fn reads_position(_: &Inst) -> bool {
    false
}

/// Remove each `SET_IP` that no uop reads before the next one on any path
/// from it. Exits need none: tier 1 resumes at a known offset and sets
/// the position itself. Backwards over the tree: a uop's successors
/// (the next uop unless it ends the path, and a fork's other side) come
/// after it in the buffer.
pub fn remove_unread_positions(insts: &mut [Inst], removed: &mut Removed) {
    let n = insts.len();
    // needed[i]: does some uop read the position on a path from i before
    // a SET_IP sets it again?
    let mut needed = vec![false; n + 1];
    for i in (0..n).rev() {
        let inst = insts[i];
        let after = if inst.is_terminal() {
            false
        } else {
            needed[i + 1] || (inst.link != 0 && needed[inst.link as usize])
        };
        needed[i] = match inst.uop {
            Uop::SET_IP => {
                if !after {
                    insts[i].uop = Uop::NOP;
                    removed.set_ips += 1;
                }
                false
            }
            // A frame push or pop changes which frame the position is of:
            // the uops after it read their own frame's, which their own
            // instruction's SET_IP sets (a pop's error, from `__init__`,
            // is the caller's call, whose position is set).
            Uop::PUSH_FRAME | Uop::POP_FRAME => false,
            _ => reads_position(&inst) || after,
        };
    }
}

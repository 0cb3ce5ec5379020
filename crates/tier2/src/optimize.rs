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

use stitch_bytecode::{Uop, flags};

use crate::inst::Inst;

/// What the passes removed, for `--stats`.
#[derive(Default, Clone, Copy, Debug)]
pub struct Removed {
    pub guards: u64,
    pub folded: u64,
    pub dead: u64,
    pub set_ips: u64,
}

/// Optimize the tree in `insts` in place.
pub fn optimize(insts: &mut [Inst], removed: &mut Removed) {
    crate::lattice::run(insts, removed);
    remove_unread_positions(insts, removed);
}

/// Does `i` read the frame's position (`lasti`): can it raise, or run code
/// that may look at the frame (a traceback, a frame object, an operator
/// method whose result its caller gets back through the position)?
fn reads_position(i: &Inst) -> bool {
    i.flags() & (flags::ERROR | flags::ESCAPES) != 0
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

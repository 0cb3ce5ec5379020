//! Linearization: the optimized tree in the buffer becomes linear traces
//! (DESIGN §4). The primary is the path from the root that takes the
//! likely side at every fork (projection built it first, so it is the
//! buffer's fall-through chain from index 0); every fork's other side is
//! a secondary, linearized the same way. A fork becomes a side exit
//! pre-linked to its secondary; a leaf that closes the loop is a jump to
//! the top in the primary and, in a secondary, an exit pre-linked to the
//! primary (an indirect jump through it). A fork whose other side does
//! nothing but leave or close the loop (its uops were removed: a
//! `continue`, say, or a jump to an outer loop's head) makes no
//! secondary: its side exit leaves there itself, or is pre-linked to the
//! primary.
//!
//! Removed uops (`NOP`s the optimizer left) are dropped here, passing on
//! their instruction counts. Each uop that can leave gets an exit record;
//! the exits of an executor's first instruction are not linkable, so a
//! chain of executors always makes progress, except in a primary after it
//! has gone round its loop once (the loop head's exits, such as the end of
//! a `for` loop, are then taken as links: the lap was progress).

use stitch_bytecode::Uop;

use crate::arena::{Kind, NewExecutor, NewExit};
use crate::inst::{Inst, NO_EXIT};

/// One linear trace of a tree, and the links to make once every trace
/// of the tree is in the arena.
pub struct Trace {
    pub exec: NewExecutor,
    /// (exit index, trace index): an exit pre-linked to another trace of
    /// the tree (a fork to its secondary, a secondary's loop close to the
    /// primary).
    pub links: Vec<(usize, usize)>,
}

/// Linearize the tree in `buf` (rooted at index 0). `exit_counter` gives
/// the initial counter of each new linkable exit.
pub fn linearize(
    buf: &[Inst],
    code_id: u32,
    start: u32,
    mut exit_counter: impl FnMut() -> u32,
) -> Vec<Trace> {
    let mut traces: Vec<Trace> = Vec::new();
    // (buffer index where the trace starts, its index in `traces`)
    let mut work: Vec<(usize, usize)> = vec![(0, 0)];
    traces.push(empty_trace(Kind::Primary, code_id, start));
    while let Some((from, t)) = work.pop() {
        let secondary = t != 0;
        let mut code = Vec::new();
        let mut exits = Vec::new();
        let mut links = Vec::new();
        let mut carried = 0u8;
        // Still in the trace's first instruction (no instruction completed yet)?
        let mut first = true;
        let mut i = from;
        let mut before = 0u32;
        loop {
            let Some(&src) = buf.get(i) else { break };
            before += 1;
            i += 1;
            if src.uop == Uop::NOP {
                carried = carried.saturating_add(src.count);
                continue;
            }
            let mut inst = src;
            inst.count = inst.count.saturating_add(carried);
            carried = 0;
            if secondary && inst.uop == Uop::JUMP_TO_TOP {
                // Closing the loop from a secondary: through the primary.
                inst = Inst::new(Uop::EXIT_TRACE, src.oparg, 1, src.at);
                inst.count = src.count;
                links.push((exits.len(), 0));
            }
            inst.link = NO_EXIT;
            if inst.needs_exit() {
                let linkable = if inst.uop == Uop::EXIT_TRACE {
                    inst.operand != 0
                } else {
                    !first
                };
                let mut exit = NewExit {
                    target: inst.exit_target(),
                    linkable,
                    onward: first && inst.uop != Uop::EXIT_TRACE,
                    after_lap: first && !secondary && inst.uop != Uop::EXIT_TRACE,
                    counter: exit_counter(),
                    completes: 0,
                };
                if src.link != 0 {
                    match bare_exit(buf, src.link as usize) {
                        // A fork whose other side only leaves: the fork's
                        // exit leaves as it would, with no executor between.
                        // (In the first instruction, only if that completes
                        // an instruction, as the exit of the other side
                        // does: it is progress, so it may be linkable.)
                        Some((end, completes)) if !first || completes > 0 => {
                            exit.target = end.exit_target();
                            exit.completes = completes;
                            (exit.onward, exit.after_lap) = (false, false);
                            if end.uop == Uop::JUMP_TO_TOP {
                                // Closing the loop: through the primary.
                                exit.linkable = true;
                                links.push((exits.len(), 0));
                            } else {
                                exit.linkable = end.operand != 0;
                            }
                        }
                        // A fork: its other side is a secondary of the tree.
                        _ => {
                            let child = traces.len();
                            traces.push(empty_trace(Kind::Secondary, code_id, 0));
                            work.push((src.link as usize, child));
                            links.push((exits.len(), child));
                        }
                    }
                }
                inst.link = exits.len() as u16;
                exits.push(exit);
            }
            if inst.count > 0 {
                first = false;
            }
            let end = inst.is_terminal();
            code.push(inst);
            if end {
                break;
            }
        }
        let tr = &mut traces[t];
        tr.exec.start = if secondary {
            code.first().map_or(0, |i| i.at)
        } else {
            start
        };
        tr.exec.code = code;
        tr.exec.exits = exits;
        tr.exec.uops_before = before;
        tr.links = links;
    }
    traces
}

/// The path from `i` in `buf`, when it is only its end after removed
/// uops (an `EXIT_TRACE`, or a `JUMP_TO_TOP` closing the loop): that
/// uop, and the instructions the path completes.
fn bare_exit(buf: &[Inst], mut i: usize) -> Option<(Inst, u8)> {
    let mut completes = 0u8;
    while let Some(&inst) = buf.get(i) {
        completes = completes.saturating_add(inst.count);
        match inst.uop {
            Uop::NOP => i += 1,
            Uop::EXIT_TRACE | Uop::JUMP_TO_TOP => return Some((inst, completes)),
            _ => return None,
        }
    }
    None
}

fn empty_trace(kind: Kind, code_id: u32, start: u32) -> Trace {
    Trace {
        exec: NewExecutor {
            kind,
            code: Vec::new(),
            exits: Vec::new(),
            deps: Vec::new(),
            consts: Vec::new(),
            globals: 0,
            code_id,
            start,
            uops_before: 0,
        },
        links: Vec::new(),
    }
}

//! The micro-op interpreter: the first executor back end (DESIGN §4).
//!
//! It runs an executor's uops in order on the frame itself (the uop
//! bodies are tier 1's: `stitch_runtime::uops`), so its values never need
//! writing back. The control uops are its own: frame pushes and pops for
//! calls the trace follows, branch guards, the jump to the top, and exits.
//! Taking a linkable exit always goes through the exit's pointer to the
//! next executor, which runs in the same loop: a transfer between
//! executors never returns to tier 1. The shared cold executor's one uop,
//! `COLD_EXIT`, counts the exit it was entered through and links it when
//! it is hot.

use stitch_bytecode::{Uop, flags};
use stitch_runtime::frame::Frame;
use stitch_runtime::interp::UOP_BODIES;
use stitch_runtime::uops::{self, Flow};
use stitch_runtime::{Exc, PyErr, Vm};

use crate::Shared;
use crate::arena::{ExecutorRec, ExitRec};
use crate::inst::NO_EXIT;

/// What the loop does after a uop.
enum Next {
    /// The next uop.
    Go,
    /// Leave through exit record `n` of the running executor.
    Exit(u16),
    /// Resume tier 1 in the running frame at this offset.
    Resume(u32),
    /// A uop made this frame for a call: the trace follows it (a
    /// `PUSH_FRAME` comes next) or tier 1 runs it.
    Call(Box<Frame>),
    /// Raise in the running frame.
    Raise(PyErr),
}

/// Marks an executor as running while an interpreter is inside it (the
/// sweep never frees a running executor).
fn enter(rec: &ExecutorRec) {
    rec.running.set(rec.running.get() + 1);
    rec.ran.set(true);
}
fn leave(rec: &ExecutorRec) {
    rec.running.set(rec.running.get() - 1);
}

/// Run executor `rec` (entered through `via`, or from tier 1) on `f`
/// until tier 1 must resume; returns the frame it resumes in, at its
/// `ip`, and an error to raise there.
pub(crate) fn run<const STATS: bool>(
    shared: &Shared,
    vm: &Vm,
    mut f: Box<Frame>,
    mut rec: *const ExecutorRec,
    mut via: Option<*const ExitRec>,
) -> (Box<Frame>, Option<PyErr>) {
    // SAFETY (all derefs of `rec` and `via` below): `rec` is a live
    // executor of the arena (the caller's, then marked running here, so the
    // arena does not free it), or the cold executor, which lives as long as
    // the arena; `via` is an exit of the executor the loop came from,
    // which stays marked running until the cold exit has used it (see
    // `parked`).
    enter(unsafe { &*rec });
    // The executor left for the cold exit, still marked running while the
    // cold exit reads its exit record.
    let mut parked: Option<*const ExecutorRec> = None;
    'exec: loop {
        let r = unsafe { &*rec };
        let code = &*r.code;
        let mut pc = 0usize;
        loop {
            let inst = &code[pc];
            pc += 1;
            if STATS {
                shared
                    .stats
                    .t2_instructions
                    .set(shared.stats.t2_instructions.get() + inst.count as u64);
            }
            let next = match inst.uop {
                Uop::SET_IP => {
                    f.lasti = inst.oparg;
                    Next::Go
                }
                Uop::JUMP_TO_TOP => {
                    if stitch_runtime::breaker::pending() || !vm.tick_unless_last() {
                        Next::Resume(inst.oparg)
                    } else {
                        pc = 0;
                        Next::Go
                    }
                }
                Uop::EXIT_TRACE => Next::Exit(inst.link),
                Uop::CHECK_VALIDITY => {
                    if r.valid.get() {
                        Next::Go
                    } else {
                        Next::Resume(inst.oparg)
                    }
                }
                Uop::GUARD_IS_TRUE_POP
                | Uop::GUARD_IS_FALSE_POP
                | Uop::GUARD_IS_NONE_POP
                | Uop::GUARD_IS_NOT_NONE_POP => {
                    let v = f.pop();
                    let holds = match inst.uop {
                        Uop::GUARD_IS_TRUE_POP => v.as_bool() == Some(true),
                        Uop::GUARD_IS_FALSE_POP => v.as_bool() == Some(false),
                        Uop::GUARD_IS_NONE_POP => v.is_none(),
                        _ => !v.is_none(),
                    };
                    drop(v);
                    if holds {
                        Next::Go
                    } else {
                        Next::Exit(inst.link)
                    }
                }
                Uop::PUSH_FRAME => {
                    // Reached only after the call that made the frame (below).
                    Next::Raise(vm.err(Exc::SystemError, "tier 2: frame push without a call"))
                }
                Uop::POP_FRAME => {
                    let v = f.pop();
                    match vm.return_in_trace(f, v) {
                        Some((caller, err)) => {
                            f = caller;
                            vm.current.set(&*f);
                            match err {
                                Some(e) => Next::Raise(e),
                                None => Next::Go,
                            }
                        }
                        None => {
                            // Unreachable: a trace only pops frames it pushed.
                            stitch_runtime::vm::invariant_broken(
                                "tier 2: frame pop without a caller",
                            )
                        }
                    }
                }
                Uop::COLD_EXIT => {
                    let exit = via.map(|e| unsafe { &*e });
                    let to = exit.and_then(|e| shared.cold_exit::<STATS>(vm, &f, e));
                    if let Some(p) = parked.take() {
                        leave(unsafe { &*p });
                    }
                    match to {
                        Some(to) => {
                            leave(r);
                            rec = to;
                            enter(unsafe { &*rec });
                            continue 'exec;
                        }
                        None => Next::Resume(exit.map_or(f.ip, |e| e.target)),
                    }
                }
                _ => body(vm, &mut f, inst),
            };
            match next {
                Next::Go => {}
                Next::Exit(n) => {
                    let Some(exit) = r.exits.get(n as usize) else {
                        leave(r);
                        let e = vm.err(Exc::SystemError, "tier 2: exit without a record");
                        return (f, Some(e));
                    };
                    if STATS {
                        exit.taken.set(exit.taken.get() + 1);
                    }
                    if !exit.linkable
                        || stitch_runtime::breaker::pending()
                        || !vm.tick_unless_last()
                    {
                        if STATS {
                            shared
                                .stats
                                .exits_to_tier1
                                .set(shared.stats.exits_to_tier1.get() + 1);
                        }
                        f.ip = exit.target;
                        leave(r);
                        return (f, None);
                    }
                    // Through the pointer, whatever it points at.
                    let to = exit.next.get();
                    via = Some(exit);
                    rec = to;
                    enter(unsafe { &*rec });
                    if shared.is_cold(to) {
                        parked = Some(r);
                    } else {
                        if STATS {
                            shared
                                .stats
                                .exits_linked
                                .set(shared.stats.exits_linked.get() + 1);
                        }
                        leave(r);
                    }
                    continue 'exec;
                }
                Next::Resume(at) => {
                    if STATS {
                        shared
                            .stats
                            .exits_to_tier1
                            .set(shared.stats.exits_to_tier1.get() + 1);
                    }
                    f.ip = at;
                    leave(r);
                    return (f, None);
                }
                Next::Call(mut callee) => match code.get(pc) {
                    Some(push) if push.uop == Uop::PUSH_FRAME => {
                        pc += 1;
                        f.ip = push.oparg;
                        let old = callee.prev.replace(f);
                        debug_assert!(old.is_none());
                        f = callee;
                        vm.current.set(&*f);
                    }
                    _ => {
                        // Not followed: tier 1 runs the callee.
                        f.ip = instruction_end(&f, inst.at);
                        callee.prev = Some(f);
                        if STATS {
                            shared
                                .stats
                                .exits_to_tier1
                                .set(shared.stats.exits_to_tier1.get() + 1);
                        }
                        leave(r);
                        return (callee, None);
                    }
                },
                Next::Raise(e) => {
                    leave(r);
                    return (f, Some(e));
                }
            }
        }
    }
}

/// Where the instruction at `at` of the frame's code ends.
fn instruction_end(f: &Frame, at: u32) -> u32 {
    let cu = f.code().code[at as usize].get();
    at + cu.width()
}

/// Run a uop body and say what the loop does next.
#[inline(always)]
fn body(vm: &Vm, f: &mut Frame, inst: &crate::inst::Inst) -> Next {
    let r = match inst.uop {
        // The most frequent uops, inlined here.
        Uop::LOAD_FAST => uops::LOAD_FAST(vm, f, inst.oparg, inst.operand),
        Uop::LOAD_CONST => uops::LOAD_CONST(vm, f, inst.oparg, inst.operand),
        Uop::STORE_FAST => uops::STORE_FAST(vm, f, inst.oparg, inst.operand),
        Uop::POP_TOP => uops::POP_TOP(vm, f, inst.oparg, inst.operand),
        Uop::GUARD_TOS_INT => uops::GUARD_TOS_INT(vm, f, inst.oparg, inst.operand),
        Uop::GUARD_NOS_INT => uops::GUARD_NOS_INT(vm, f, inst.oparg, inst.operand),
        Uop::GUARD_TOS_FLOAT => uops::GUARD_TOS_FLOAT(vm, f, inst.oparg, inst.operand),
        Uop::GUARD_NOS_FLOAT => uops::GUARD_NOS_FLOAT(vm, f, inst.oparg, inst.operand),
        Uop::BINARY_OP_ADD_INT => uops::BINARY_OP_ADD_INT(vm, f, inst.oparg, inst.operand),
        Uop::BINARY_OP_SUBTRACT_INT => {
            uops::BINARY_OP_SUBTRACT_INT(vm, f, inst.oparg, inst.operand)
        }
        Uop::BINARY_OP_ADD_FLOAT => uops::BINARY_OP_ADD_FLOAT(vm, f, inst.oparg, inst.operand),
        Uop::BINARY_OP_MULTIPLY_FLOAT => {
            uops::BINARY_OP_MULTIPLY_FLOAT(vm, f, inst.oparg, inst.operand)
        }
        Uop::COMPARE_OP_INT => uops::COMPARE_OP_INT(vm, f, inst.oparg, inst.operand),
        _ => UOP_BODIES[inst.uop as usize](vm, f, inst.oparg, inst.operand),
    };
    match r {
        Ok(Flow::Next) => Next::Go,
        Ok(Flow::Release(v)) => {
            drop(v);
            Next::Go
        }
        Ok(Flow::Deopt) => {
            if inst.flags() & flags::EXIT != 0 && inst.link != NO_EXIT {
                Next::Exit(inst.link)
            } else {
                Next::Resume(inst.at)
            }
        }
        Ok(Flow::Jump(t)) => {
            if inst.link != NO_EXIT {
                Next::Exit(inst.link)
            } else {
                Next::Resume(t)
            }
        }
        Ok(Flow::Call(callee)) => Next::Call(callee),
        Ok(Flow::Unbound(i)) => Next::Raise(uops::unbound_local(vm, f, i)),
        Ok(
            Flow::Return(_) | Flow::Yield(_) | Flow::BackEdge(_) | Flow::Truth | Flow::Execute(_),
        ) => Next::Raise(vm.err(
            Exc::SystemError,
            format!("tier 2: uop {} left its trace", inst.info().name),
        )),
        Err(e) => Next::Raise(e),
    }
}

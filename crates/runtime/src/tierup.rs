//! Where tier 1 hands hot loops to the registered [`Optimizer`] and enters
//! the executors it makes (DESIGN §3).
//!
//! A `JUMP_BACKWARD` counts down its hotness counter (cache unit 0). At
//! zero, [`Vm::loop_is_hot`] asks the optimizer for an executor for the
//! loop starting at the jump's target. If it gets one, the executor goes
//! into the code object's executor table and the jump becomes
//! `ENTER_EXECUTOR` with the table index as its oparg (the table keeps the
//! original instruction, for `dis` and for removal); otherwise the counter
//! backs off exponentially. `ENTER_EXECUTOR` runs the executor from the
//! loop head and resumes tier 1 where the executor says; an executor that
//! is no longer valid is never entered: its entry site reverts to the
//! original `JUMP_BACKWARD`.
//!
//! A generator run by a built-in with a sink (`sum()`, `list()`, ...)
//! begins each run at the start of its code, not at a back edge: such
//! beginnings count down the code's own counter, and when it reaches
//! zero the optimizer is asked for an executor for the start
//! ([`Optimizer::optimize_start`]), kept in the code object and entered
//! at every such beginning while it is valid.
//!
//! [`Optimizer`]: crate::interfaces::Optimizer
//! [`Optimizer::optimize_start`]: crate::interfaces::Optimizer::optimize_start

use std::rc::Rc;

use stitch_bytecode::{CodeUnit, Opcode};

use crate::frame::Frame;
use crate::function::ExecutorSlot;
use crate::interfaces::{Executor, Handback, Sink};
use crate::specialize::counter;
use crate::vm::{Exc, Vm};

impl Vm {
    /// The back edge at `f.lasti` (to `target`) is hot.
    pub(crate) fn loop_is_hot(&self, f: &Frame, target: u32) {
        let at = f.lasti;
        let code = f.code();
        self.stats_with(|s| s.optimizer_calls += 1);
        let made = self.optimizer.borrow().optimize(self, f, at, target);
        let cache0 = code.cache(at, 0);
        match made {
            Some(executor) => {
                let original = code.code[at as usize].get();
                let mut table = code.executors.borrow_mut();
                // Reuse the slot of a removed executor at this offset, if any.
                let index = match table.iter().position(|s| s.offset == at) {
                    Some(i) => {
                        table[i].executor = executor;
                        i
                    }
                    None => {
                        table.push(ExecutorSlot {
                            executor,
                            original,
                            offset: at,
                        });
                        table.len() - 1
                    }
                };
                code.code[at as usize].set(CodeUnit::new(Opcode::ENTER_EXECUTOR, index as u32));
                self.stats_with(|s| s.executors_installed += 1);
            }
            None => cache0.set(CodeUnit(counter::after_failure(cache0.get().0))),
        }
    }

    /// Run executor `index` of the frame's code from the loop head (with
    /// the running loop's sink); returns the frame tier 1 continues in (at
    /// its `ip`) and an error to raise there, if any, or that the sink
    /// stopped the run.
    pub(crate) fn enter_executor(
        &self,
        mut f: Box<Frame>,
        index: u32,
        sink: &mut Option<Sink<'_>>,
    ) -> Handback {
        let at = f.lasti;
        let slot = f
            .code()
            .executors
            .borrow()
            .get(index as usize)
            .map(|s| (s.executor.clone(), s.original));
        let Some((executor, original)) = slot else {
            let e = self.err(Exc::SystemError, "ENTER_EXECUTOR without an executor");
            return Handback::Resume(f, Some(e));
        };
        let target = original.arg();
        if !executor.is_valid() {
            // Back to the original back edge, counting afresh.
            let code = f.code();
            code.code[at as usize].set(original);
            code.cache(at, 0).set(CodeUnit(self.loop_counter_start()));
            self.stats_with(|s| s.executors_removed += 1);
            f.ip = target;
            return Handback::Resume(f, None);
        }
        f.ip = target;
        self.run_executor(&*executor, f, sink)
    }

    /// Run `executor` on `f` from `f.ip`.
    fn run_executor(
        &self,
        executor: &dyn Executor,
        f: Box<Frame>,
        sink: &mut Option<Sink<'_>>,
    ) -> Handback {
        self.stats_with(|s| s.executor_runs += 1);
        let (f, err) = match executor.execute(self, f, None, sink) {
            Handback::Resume(f, err) => (f, err),
            stopped => return stopped,
        };
        // Tier 1 dispatches without bounds checks: an executor must hand
        // back a position in the code holding an instruction.
        let known = f.code().code.get(f.ip as usize);
        if !known.is_some_and(|cu| Opcode::from_u8(cu.get().op_byte()).is_some()) {
            let e = self.err(Exc::SystemError, "executor resumed outside the code");
            return Handback::Resume(f, Some(e));
        }
        Handback::Resume(f, err)
    }

    /// A run with a sink begins `f` at its start (offset 0): run the
    /// executor for the start of its code, if there is one (else hand `f`
    /// back as it is).
    pub(crate) fn enter_start(&self, f: Box<Frame>, sink: &mut Option<Sink<'_>>) -> Handback {
        match self.start_executor(&f) {
            Some(x) => self.run_executor(&*x, f, sink),
            None => Handback::Resume(f, None),
        }
    }

    /// A run with a sink begins `f` at its start: the executor for the
    /// start of its code, if there is a valid one, made when such
    /// beginnings are hot (counted like a loop's back edges).
    fn start_executor(&self, f: &Frame) -> Option<Rc<dyn Executor>> {
        let code = f.code();
        let held = code.start_executor.borrow().clone();
        if let Some(x) = held {
            if x.is_valid() {
                return Some(x);
            }
            // Invalid: gone, counting afresh.
            code.start_executor.replace(None);
            code.start_counter.set(self.loop_counter_start());
            self.stats_with(|s| s.executors_removed += 1);
            return None;
        }
        let c = code.start_counter.get();
        if counter::value(c) > 0 {
            code.start_counter.set(c - 1);
            return None;
        }
        self.stats_with(|s| s.optimizer_calls += 1);
        let made = self.optimizer.borrow().optimize_start(self, f);
        match made {
            Some(x) => {
                code.start_executor.replace(Some(x.clone()));
                self.stats_with(|s| s.executors_installed += 1);
                Some(x)
            }
            None => {
                code.start_counter.set(counter::after_failure(c));
                None
            }
        }
    }

    /// The instruction at `at` as compiled, seeing through `ENTER_EXECUTOR`
    /// (for `dis --specialized`).
    pub fn original_instruction(&self, code: &crate::function::CodeRt, at: usize) -> CodeUnit {
        let cu = code.code[at].get();
        if cu.op() == Opcode::ENTER_EXECUTOR {
            if let Some(s) = code.executors.borrow().get(cu.arg() as usize) {
                return s.original;
            }
        }
        cu
    }
}

//! The interfaces other layers plug into. The runtime never names tier 2,
//! the native back end or the compiler: the CLI wires implementations of
//! these traits in.

use std::rc::Rc;

use stitch_bytecode::{CodeObject, CompileError, Mode};

use crate::frame::Frame;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// Turns source text into a code object, so `import`, `exec`/`eval` and
/// the REPL can compile without the runtime depending on the compiler.
pub trait Compiler {
    fn compile(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Rc<CodeObject>, CompileError>;
}

/// An exit record that an executor was entered through. Its layout belongs
/// to the back end that made the executor; the runtime only passes it on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitRef(pub *const u8);

/// What takes each value a run's entry frame (a generator's, resumed by
/// `sum()`, `list()` and the like) yields; it returns whether the run goes
/// on.
pub type Sink<'a> = &'a mut dyn FnMut(Value) -> bool;

/// Where tier 1 goes on after an executor ran.
pub enum Handback {
    /// In this frame, at its `ip`, raising the error there if any.
    Resume(Box<Frame>, Option<PyErr>),
    /// The run's sink took a value the frame yielded and said stop: the
    /// run ends with the frame suspended after that yield.
    Stopped(Box<Frame>),
}

/// A compiled region of a code object (an executable superblock).
///
/// Contract: `execute` is entered with the frame positioned at the
/// region's start (`frame.ip`; `frame.sp` is the stack pointer) and the
/// exit record it came through (`None` when entered from tier 1 by
/// `ENTER_EXECUTOR`). It either transfers to further executors itself,
/// without returning to the tier-1 loop, or returns the frame tier 1
/// continues in, positioned at its `ip` with its values written back:
/// the frame it was given, or one the executor pushed for a call it
/// followed (whose `prev` chain leads back to the given one), and an
/// exception to raise there, if one was raised inside (with the frame's
/// `lasti` at the instruction that raised it). `sink` is the running
/// tier-1 loop's: an executor may give it what the frame it was entered
/// with yields, as tier 1 would, and go on (or stop the run if it says so).
pub trait Executor {
    fn execute(
        &self,
        vm: &Vm,
        frame: Box<Frame>,
        exit: Option<ExitRef>,
        sink: &mut Option<Sink<'_>>,
    ) -> Handback;
    /// Is it still valid? An invalid executor is never entered.
    fn is_valid(&self) -> bool;
}

/// Makes executors for hot loops.
///
/// Contract: called by tier 1 when the hotness counter of the
/// `JUMP_BACKWARD` at `jump_offset` in the code `frame` runs fires; the
/// loop starts at `target`. It returns an executor to install there (tier
/// 1 replaces the jump with `ENTER_EXECUTOR`), or `None`, after which tier
/// 1 backs off. It must not run Python code.
pub trait Optimizer {
    fn optimize(
        &self,
        vm: &Vm,
        frame: &Frame,
        jump_offset: u32,
        target: u32,
    ) -> Option<Rc<dyn Executor>>;

    /// An executor for the start (offset 0) of the code of `frame`, which
    /// tier 1 is about to run as the entry frame of a run with a sink (a
    /// generator run by `sum()`, `list()`, ..., whose every run begins
    /// there rather than at a back edge). `None`: tier 1 runs it.
    fn optimize_start(&self, _vm: &Vm, _frame: &Frame) -> Option<Rc<dyn Executor>> {
        None
    }
}

/// The optimizer used until tier 2 is wired in: never optimizes.
pub struct NoOptimizer;

impl Optimizer for NoOptimizer {
    fn optimize(&self, _: &Vm, _: &Frame, _: u32, _: u32) -> Option<Rc<dyn Executor>> {
        None
    }
}

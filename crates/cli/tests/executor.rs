//! The hooks tier 1 gives tier 2 (DESIGN §3): a hot `JUMP_BACKWARD` asks
//! the registered `Optimizer` for an executor, is replaced by
//! `ENTER_EXECUTOR`, and reverts when the executor becomes invalid. Tested
//! with a stub optimizer whose executor just resumes tier 1 at the loop
//! head, so the program's results must not change.

use std::cell::Cell;
use std::rc::Rc;

use stitch_bytecode::{CodeObject, CompileError, Mode};
use stitch_runtime::frame::Frame;
use stitch_runtime::interfaces::{Compiler, Executor, ExitRef, Handback, Optimizer, Sink};
use stitch_runtime::{Config, Vm};

struct Ruff;

impl Compiler for Ruff {
    fn compile(&self, src: &str, file: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
        stitch_compiler::compile(src, file, mode)
    }
}

/// What the stub optimizer and its executors saw.
#[derive(Default)]
struct Log {
    /// (jump offset, loop head) of every call to `optimize`.
    optimized: std::cell::RefCell<Vec<(u32, u32)>>,
    runs: Cell<u32>,
    /// Executors become invalid after this many runs (0: never).
    invalid_after: Cell<u32>,
}

struct ResumeTier1 {
    log: Rc<Log>,
    target: u32,
    runs: Cell<u32>,
}

impl Executor for ResumeTier1 {
    fn execute(
        &self,
        _: &Vm,
        frame: Box<Frame>,
        exit: Option<ExitRef>,
        _: &mut Option<Sink<'_>>,
    ) -> Handback {
        assert!(exit.is_none(), "entered from tier 1");
        assert_eq!(frame.ip, self.target, "entered at the loop head");
        self.runs.set(self.runs.get() + 1);
        self.log.runs.set(self.log.runs.get() + 1);
        Handback::Resume(frame, None)
    }
    fn is_valid(&self) -> bool {
        let limit = self.log.invalid_after.get();
        limit == 0 || self.runs.get() < limit
    }
}

struct Stub(Rc<Log>);

impl Optimizer for Stub {
    fn optimize(&self, _: &Vm, _: &Frame, jump: u32, target: u32) -> Option<Rc<dyn Executor>> {
        self.0.optimized.borrow_mut().push((jump, target));
        Some(Rc::new(ResumeTier1 {
            log: self.0.clone(),
            target,
            runs: Cell::new(0),
        }))
    }
}

const PROGRAM: &str = "
def work(n):
    total = 0
    for i in range(n):
        j = 0
        while j < 3:
            total += i * j
            j += 1
    return total

result = [work(200), work(1000)]
";

/// Run PROGRAM with the stub; returns `result` and the disassembly after the run.
fn run(log: &Rc<Log>, threshold: u32) -> (String, String) {
    let vm = Vm::new(Config::default(), Some(Box::new(Ruff)));
    vm.set_loop_threshold(threshold);
    *vm.optimizer.borrow_mut() = Box::new(Stub(log.clone()));
    let module = vm.new_module("__main__");
    let globals = vm.getattr_str(&module, "__dict__").expect("module dict");
    let code =
        vm.new_code(stitch_compiler::compile(PROGRAM, "<test>", Mode::Exec).expect("compiles"));
    let frame = vm
        .frame_for_code(&code, &globals, globals.clone())
        .expect("frame");
    vm.run_to_completion(frame).expect("runs");
    let result = vm.dict_get_str(&globals, "result").expect("result");
    (
        vm.repr_string(&result).expect("repr"),
        vm.disassemble_quickened(&code),
    )
}

#[test]
fn hot_loops_get_executors_and_results_do_not_change() {
    let log = Rc::new(Log::default());
    let (result, dis) = run(&log, 16);
    assert_eq!(result, "[59700, 1498500]");
    let optimized = log.optimized.borrow();
    // Both loops of `work` got hot; each was optimized once (the executor stays valid).
    assert_eq!(optimized.len(), 2, "{optimized:?}");
    assert!(optimized.iter().all(|(jump, head)| head < jump));
    assert!(
        log.runs.get() > 1000,
        "executor ran {} times",
        log.runs.get()
    );
    assert_eq!(dis.matches("ENTER_EXECUTOR").count(), 2, "{dis}");
}

#[test]
fn cold_loops_stay_in_tier_1() {
    let log = Rc::new(Log::default());
    let (result, dis) = run(&log, 5000);
    assert_eq!(result, "[59700, 1498500]");
    // The inner loop runs 3600 back edges in all, the outer 1200: neither reaches 5000.
    assert!(log.optimized.borrow().is_empty());
    assert!(!dis.contains("ENTER_EXECUTOR"), "{dis}");
}

#[test]
fn invalid_executors_are_never_entered_and_their_sites_revert() {
    let log = Rc::new(Log::default());
    log.invalid_after.set(10);
    let (result, dis) = run(&log, 16);
    assert_eq!(result, "[59700, 1498500]");
    // Every executor runs at most 10 times, then its site reverts and the
    // loop gets hot again and is optimized anew.
    let optimized = log.optimized.borrow().len() as u32;
    assert!(optimized > 2, "optimized {optimized} times");
    assert!(log.runs.get() <= optimized * 10);
    let _ = dis;
}

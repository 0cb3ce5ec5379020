//! Fuzz target: arbitrary bytes → compile → run.
//!
//! The input is read as UTF-8 (invalid sequences become U+FFFD, so byte-level
//! mutations still reach the parser), compiled as a module and, if it
//! compiles, run as `__main__` on a fresh [`Vm`] with a step budget, the way
//! `stitch FILE.py` runs a program. A Python exception (including the
//! `RuntimeError` raised when the budget runs out) is a normal outcome; a Rust
//! panic, an abort or a memory error is a finding.
//!
//! The program's standard output goes to the VM's buffer, which is flushed
//! when it fills up and when the VM is dropped: run with `-close_fd_mask=1`
//! to keep the fuzzer's console quiet (see `fuzz/README.md`).

#![no_main]

use std::rc::Rc;

use libfuzzer_sys::fuzz_target;
use stitch_bytecode::{CodeObject, CompileError, Mode};
use stitch_runtime::interfaces::Compiler;
use stitch_runtime::object::ObjKind;
use stitch_runtime::{Config, Vm};

/// Loop back edges and calls allowed per input: enough for the seed
/// programs' loops to get hot, few enough that one input runs in well
/// under a second.
const STEP_BUDGET: u64 = 100_000;

/// The VM thread's stack, as in the `stitch` binary: nested interpreter
/// loops (calls from Rust back into Python) need far more than the 8 MiB
/// of the fuzzer's main thread, more still under AddressSanitizer.
const VM_STACK_BYTES: usize = 1 << 30;

/// Inputs longer than this are skipped: they only slow the fuzzer down
/// and the parser's handling of long inputs is covered by the CLI tests.
const MAX_INPUT_BYTES: usize = 16 * 1024;

/// `compile()`, `exec()` and imports inside the fuzzed program use the
/// same compiler as the program itself.
struct RuffCompiler;

impl Compiler for RuffCompiler {
    fn compile(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Rc<CodeObject>, CompileError> {
        stitch_compiler::compile(source, filename, mode)
    }
}

/// Compile `source` and, if it compiles, run it as `__main__`.
fn compile_and_run(source: &str) {
    let Ok(code) = stitch_compiler::compile(source, "<fuzz>", Mode::Exec) else {
        return;
    };
    let config = Config {
        argv: vec!["<fuzz>".into()],
        // No module search path: the program cannot import files from
        // the fuzzer's working directory.
        path: Vec::new(),
        xoptions: Vec::new(),
        interactive: false,
    };
    let vm = Vm::new(config, Some(Box::new(RuffCompiler)));
    vm.set_step_budget(STEP_BUDGET);
    let module = vm.new_module("__main__");
    let Some(ObjKind::Module(m)) = module.as_obj().map(|o| &o.kind) else {
        return;
    };
    let globals = m.dict.clone();
    let _ = vm.dict_set_str(&globals, "__builtins__", vm.builtins.clone());
    let _ = vm.dict_set_str(&vm.modules, "__main__", module.clone());
    let code = vm.new_code(code);
    // An uncaught exception is a normal outcome; only panics are findings.
    let _ = vm
        .frame_for_code(&code, &globals, globals.clone())
        .and_then(|f| vm.run_to_completion(f));
    vm.run_finalizers();
}

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT_BYTES {
        return;
    }
    let source = String::from_utf8_lossy(data).into_owned();
    let vm_thread = std::thread::Builder::new()
        .name("stitch-vm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || compile_and_run(&source))
        .expect("spawn the VM thread");
    // libfuzzer-sys's panic hook aborts the process on a panic in any
    // thread, so a join error is never seen here; propagate it anyway.
    if let Err(panic) = vm_thread.join() {
        std::panic::resume_unwind(panic);
    }
});

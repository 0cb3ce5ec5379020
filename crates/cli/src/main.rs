//! The `stitch` command: run a Python program like `python3` does.
//!
//! ```text
//! stitch [options] FILE.py [ARGS...]   run a program
//! stitch [options] -c CODE [ARGS...]   run a string
//! stitch dis FILE.py                    show the bytecode
//! stitch dis --specialized FILE.py      run the program, then show the
//!                                       quickened bytecode tier 1 ran
//! stitch                                the interactive prompt when standard
//!                                       input is a terminal, else run the
//!                                       program read from standard input
//! options: -i (the interactive prompt, after FILE or CODE if given, even
//!          when standard input is not a terminal), -q (no banner),
//!          -X name[=value] (CPython's form; -X jit=off|uops|native is
//!          reserved for choosing tiers), --stats (print execution
//!          statistics on stderr at exit), -u -B -E -s -S -I (accepted, no effect)
//! ```

mod repl;

/// Objects are allocated and freed at a high rate (every int result that
/// doesn't fit a tagged value, every bound method, list and frame window):
/// mimalloc's size-class free lists make that several times cheaper than
/// the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::rc::Rc;

use stitch_bytecode::{CodeObject, CompileError, Mode};
use stitch_runtime::interfaces::Compiler;
use stitch_runtime::object::ObjKind;
use stitch_runtime::{Config, Exc, PyErr, Value, Vm};

/// The VM thread's stack: deep enough for the nested interpreter loops that
/// calls from Rust into Python need (their depth is bounded separately).
const VM_STACK_BYTES: usize = 1 << 30;

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

enum Action {
    File(String),
    Command(String),
    Dis(String),
    /// `dis --specialized`: run, then disassemble the quickened code.
    DisSpecialized(String),
    Stdin,
}

struct Options {
    action: Action,
    args: Vec<String>,
    xoptions: Vec<(String, Option<String>)>,
    /// `-i`: the interactive prompt after the program (or instead of
    /// reading one from standard input).
    inspect: bool,
    /// `-q`: no banner.
    quiet: bool,
    /// `--stats`: print execution statistics at exit.
    stats: bool,
    /// `--dump-executors FILE`: write the executor graph (Graphviz DOT) at exit.
    dump_executors: Option<String>,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}\nusage: stitch [option] ... [-c cmd | file | dis file] [arg] ...");
    ExitCode::from(2)
}

/// Flags without an argument, which can be combined (`-qi`).
const FLAGS: &str = "uBEsSIOqi";

fn parse_args(argv: &[String]) -> Result<Options, ExitCode> {
    let mut o = Options {
        action: Action::Stdin,
        args: vec![String::new()],
        xoptions: Vec::new(),
        inspect: false,
        quiet: false,
        stats: false,
        dump_executors: None,
    };
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-X" => {
                let Some(v) = argv.get(i + 1) else {
                    return Err(usage_error("Argument expected for the -X option"));
                };
                o.xoptions.push(split_xoption(v));
                i += 2;
            }
            s if s.starts_with("-X") => {
                o.xoptions.push(split_xoption(&s[2..]));
                i += 1;
            }
            "-c" => {
                let Some(code) = argv.get(i + 1) else {
                    return Err(usage_error("Argument expected for the -c option"));
                };
                o.action = Action::Command(code.clone());
                o.args = vec!["-c".to_string()];
                o.args.extend(argv[i + 2..].iter().cloned());
                return Ok(o);
            }
            s if s.len() > 1 && s.starts_with('-') && s[1..].chars().all(|c| FLAGS.contains(c)) => {
                o.inspect |= s.contains('i');
                o.quiet |= s.contains('q');
                i += 1;
            }
            "-" => {
                o.args = argv[i..].to_vec();
                return Ok(o);
            }
            "-h" | "--help" => {
                println!("usage: stitch [option] ... [-c cmd | file | dis file] [arg] ...");
                return Err(ExitCode::SUCCESS);
            }
            "-V" | "--version" => {
                println!("Python 3.11.0 (Stitch {})", env!("CARGO_PKG_VERSION"));
                return Err(ExitCode::SUCCESS);
            }
            "--stats" => {
                o.stats = true;
                i += 1;
            }
            "--dump-executors" => {
                let Some(file) = argv.get(i + 1) else {
                    return Err(usage_error("--dump-executors: a file name is expected"));
                };
                o.dump_executors = Some(file.clone());
                i += 2;
            }
            "dis" if argv.get(i + 1).is_some_and(|a| a == "--specialized") => {
                let Some(file) = argv.get(i + 2) else {
                    return Err(usage_error("dis --specialized: a file is expected"));
                };
                o.action = Action::DisSpecialized(file.clone());
                o.args = argv[i + 2..].to_vec();
                return Ok(o);
            }
            "dis" if argv.get(i + 1).is_some() => {
                o.action = Action::Dis(argv[i + 1].clone());
                o.args = argv[i + 1..].to_vec();
                return Ok(o);
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(usage_error(&format!("Unknown option: {s}")));
            }
            _ => {
                o.action = Action::File(a.clone());
                o.args = argv[i..].to_vec();
                return Ok(o);
            }
        }
    }
    Ok(o)
}

fn split_xoption(s: &str) -> (String, Option<String>) {
    match s.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (s.to_string(), None),
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&argv) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let jit = match jit_mode(&opts.xoptions) {
        Ok(j) => j,
        Err(msg) => return usage_error(&msg),
    };
    let child = std::thread::Builder::new()
        .name("stitch-vm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || run(opts, jit));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("stitch: internal error");
            ExitCode::from(70)
        }
    }
}

fn read_source(path: &str) -> Result<String, u8> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => {
            let abs = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.to_string());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            let msg = if std::path::Path::new(path).is_dir() {
                "Is a directory".to_string()
            } else {
                msg
            };
            eprintln!("stitch: can't open file '{abs}': [Errno {errno}] {msg}");
            Err(2)
        }
    }
}

/// The tier-2 back end `-X jit=...` picks, with its settings.
enum Jit {
    Off,
    Uops(stitch_tier2::Config),
}

/// Read `-X jit=off|uops|native` (the last one given; off by default)
/// and, for tier 2, its thresholds (`stitch_tier2::config`).
fn jit_mode(xoptions: &[(String, Option<String>)]) -> Result<Jit, String> {
    let mode = xoptions
        .iter()
        .rev()
        .find(|(k, _)| k == "jit")
        .map(|(_, v)| v.clone().unwrap_or_default());
    match mode.as_deref() {
        None | Some("off") => Ok(Jit::Off),
        Some("uops") => {
            stitch_tier2::Config::from_options(xoptions, |k| std::env::var(k).ok()).map(Jit::Uops)
        }
        Some("native") => Err("-X jit=native: the native back end is not built yet".into()),
        Some(v) => Err(format!(
            "-X jit: unknown value '{v}' (expected off, uops or native)"
        )),
    }
}

fn run(opts: Options, jit: Jit) -> u8 {
    // CPython runs standard input as a script unless it is a terminal or
    // `-i` asks for the interactive prompt.
    let repl =
        matches!(opts.action, Action::Stdin) && (opts.inspect || std::io::stdin().is_terminal());
    let (source, filename) = match &opts.action {
        Action::File(p) if opts.inspect => match read_source(p) {
            Ok(s) => (s, p.clone()),
            // `-i`: the prompt even when the program cannot be read.
            Err(_) => (String::new(), p.clone()),
        },
        Action::File(p) | Action::Dis(p) | Action::DisSpecialized(p) => match read_source(p) {
            Ok(s) => (s, p.clone()),
            Err(code) => return code,
        },
        Action::Command(c) => (c.clone(), "<string>".to_string()),
        Action::Stdin if repl => (String::new(), "<stdin>".to_string()),
        Action::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".to_string())
        }
    };
    if let Action::Dis(_) = opts.action {
        return match stitch_compiler::compile(&source, &filename, Mode::Exec) {
            Ok(code) => {
                print!("{}", stitch_bytecode::disassemble(&code));
                0
            }
            Err(e) => {
                let vm = Vm::new(Config::default(), None);
                vm.print_exception(&vm.syntax_error(&e));
                1
            }
        };
    }
    let script_dir = match &opts.action {
        Action::File(p) | Action::DisSpecialized(p) => std::path::Path::new(p)
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    ".".to_string()
                } else {
                    d.display().to_string()
                }
            })
            .unwrap_or_else(|| ".".into()),
        _ => String::new(),
    };
    let mut path = vec![script_dir];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        path.extend(extra.split(':').filter(|p| !p.is_empty()).map(String::from));
    }
    let config = Config {
        argv: opts.args.clone(),
        path,
        xoptions: opts.xoptions.clone(),
        interactive: repl || opts.inspect,
    };
    let vm = Vm::new(config, Some(Box::new(RuffCompiler)));
    if opts.stats {
        vm.enable_stats();
    }
    let tier2 = match jit {
        Jit::Off => None,
        Jit::Uops(config) => {
            vm.set_loop_threshold(config.loop_threshold);
            let t2 = stitch_tier2::Tier2::new(config);
            let shared = t2.0.clone();
            *vm.optimizer.borrow_mut() = Box::new(t2);
            Some(shared)
        }
    };
    stitch_runtime::breaker::install_sigint_handler();
    let status = if repl {
        if !opts.quiet {
            vm.write_stderr(&repl::banner());
        }
        match main_module(&vm, &filename) {
            Some(globals) => repl::run(&vm, &globals),
            None => 70,
        }
    } else {
        let dis = matches!(opts.action, Action::DisSpecialized(_));
        run_main(&vm, &source, &filename, opts.inspect, dis)
    };
    vm.flush_stdout();
    if let Some(report) = vm.stats_report() {
        vm.write_stderr(&report);
        if let Some(t2) = &tier2 {
            vm.write_stderr(&t2.report(vm.stats_instructions()));
        }
    }
    if let Some(path) = &opts.dump_executors {
        let dot = match &tier2 {
            Some(t2) => t2.dot(),
            None => stitch_tier2::dot::empty(),
        };
        if let Err(e) = std::fs::write(path, dot) {
            vm.write_stderr(&format!("stitch: can't write '{path}': {e}\n"));
            return 1;
        }
    }
    status
}

/// Create `__main__` and return its namespace.
fn main_module(vm: &Vm, filename: &str) -> Option<Value> {
    let module = vm.new_module("__main__");
    let globals = match module.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Module(m)) => m.dict.clone(),
        _ => return None,
    };
    let _ = vm.dict_set_str(&globals, "__builtins__", vm.builtins.clone());
    if filename != "<string>" && filename != "<stdin>" {
        let _ = vm.dict_set_str(&globals, "__file__", vm.new_str(filename));
    }
    let _ = vm.dict_set_str(&vm.modules, "__main__", module.clone());
    Some(globals)
}

/// Run the program as `__main__` and turn its outcome into an exit status.
/// With `inspect` (`-i`), report any uncaught exception, even `SystemExit`,
/// and go on with the interactive prompt in the program's namespace.
/// With `dis`, print the quickened bytecode of the program after it ran.
fn run_main(vm: &Vm, source: &str, filename: &str, inspect: bool, dis: bool) -> u8 {
    let Some(globals) = main_module(vm, filename) else {
        return 70;
    };
    let mut ran = None;
    let result = match stitch_compiler::compile(source, filename, Mode::Exec) {
        Ok(c) => {
            let code = vm.new_code(c);
            ran = Some(code.clone());
            vm.frame_for_code(&code, &globals, globals.clone())
                .and_then(|f| vm.run_to_completion(f))
        }
        Err(e) => Err(vm.syntax_error(&e)),
    };
    if let (true, Some(code)) = (dis, &ran) {
        vm.flush_stdout();
        print!("{}", vm.disassemble_quickened(code));
    }
    let status = match result {
        Ok(_) => 0,
        Err(e) if inspect => {
            vm.print_exception(&e);
            0
        }
        Err(e) => exit_status(vm, &e),
    };
    vm.run_finalizers();
    if inspect {
        vm.flush_stdout();
        return repl::run(vm, &globals);
    }
    status
}

/// CPython's exit status for an uncaught exception (printing it if needed).
fn exit_status(vm: &Vm, e: &PyErr) -> u8 {
    if vm.err_matches(e, Exc::SystemExit) {
        let code = vm.getattr_str(&e.exc, "code").unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = code.as_small_int() {
            return (i & 0xff) as u8;
        }
        let text = vm.str_string(&code).unwrap_or_default();
        vm.write_stderr(&format!("{text}\n"));
        return 1;
    }
    vm.print_exception(e);
    if vm.err_matches(e, Exc::KeyboardInterrupt) {
        return 130;
    }
    1
}

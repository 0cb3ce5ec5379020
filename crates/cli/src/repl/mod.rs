//! The interactive prompt (`stitch` with a terminal, or `stitch -i`), after
//! CPython 3.11's:
//!
//! * `sys.ps1` / `sys.ps2` prompts (`>>> ` and `... `); a statement is
//!   complete by the rules in [`statement`]; compound statements end with an
//!   empty line;
//! * statements compile in `single` mode under the file name `<stdin>`, so
//!   expression values are echoed by `repr` and bound to `builtins._`;
//! * a syntax error or an uncaught exception prints its traceback and the
//!   session goes on; `SystemExit` (`exit()`, `quit()`, `sys.exit(n)`) ends
//!   it with that status; end of input ends it with status 0;
//! * when standard input and output are terminals, lines are read with
//!   `rustyline` (line editing, history kept in `~/.stitch_history`, Tab
//!   indents at the start of a line and completes names elsewhere); Ctrl-C
//!   discards the line and any unfinished block and prints
//!   `KeyboardInterrupt`; Ctrl-D on an empty line ends the session;
//! * otherwise (`stitch -i < file`) lines are read plainly and the prompts
//!   go to standard error, results to standard output, as CPython does.
//!
//! Ctrl-C while Python code runs raises `KeyboardInterrupt` in it through
//! the runtime's eval breaker (the SIGINT handler is installed by `main`).

mod statement;

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config as EditorConfig, Context, Editor, Helper};
use stitch_bytecode::{CodeObject, CompileError, Mode};
use stitch_runtime::object::ObjKind;
use stitch_runtime::{Exc, Value, Vm};

use statement::Verdict;

/// The helpers CPython's `site` adds to builtins (exit, quit, help, ...).
const SITE: &str = include_str!("site.py");
const SITE_NAMES: [&str; 6] = ["exit", "quit", "help", "copyright", "credits", "license"];

/// CPython's start-up banner, adapted (written to stderr, as CPython does).
pub fn banner() -> String {
    format!(
        "Stitch {} (Python 3.11 compatible) on {}\n\
         Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Run the interactive loop in `globals` (the `__main__` namespace) until
/// end of input or `SystemExit`; returns the exit status.
pub fn run(vm: &Vm, globals: &Value) -> u8 {
    install_site(vm);
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut input = if tty {
        LineSource::editor().unwrap_or(LineSource::Plain)
    } else {
        LineSource::Plain
    };
    let status = repl_loop(vm, globals, &mut input);
    vm.flush_stdout();
    input.finish();
    vm.run_finalizers();
    status
}

fn repl_loop(vm: &Vm, globals: &Value, input: &mut LineSource) -> u8 {
    let mut buf = String::new();
    loop {
        // A Ctrl-C that arrived after the last statement's last safepoint.
        if take_interrupt(vm) {
            buf.clear();
            vm.write_stderr("KeyboardInterrupt\n");
        }
        let prompt = prompt(vm, buf.is_empty());
        match input.read(vm, globals, &prompt) {
            Input::Line(text) => {
                // A paste can bring several lines at once.
                for line in text.split('\n') {
                    buf.push_str(line.strip_suffix('\r').unwrap_or(line));
                    buf.push('\n');
                    match statement::classify(&buf) {
                        Verdict::Empty => buf.clear(),
                        Verdict::Incomplete => {}
                        Verdict::Ready(result) => {
                            buf.clear();
                            if let Some(status) = execute(vm, globals, result) {
                                return status;
                            }
                        }
                    }
                }
            }
            Input::Interrupted => {
                buf.clear();
                vm.write_stderr("KeyboardInterrupt\n");
            }
            Input::Eof => {
                if !input.echoes_eof() {
                    vm.write_stderr("\n");
                }
                if buf.is_empty() {
                    return 0;
                }
                // End of input finishes an unfinished statement (as CPython's
                // tokenizer does): run it or report why it cannot be.
                let result = statement::compile(&buf);
                buf.clear();
                if let Some(status) = execute(vm, globals, result) {
                    return status;
                }
            }
        }
    }
}

/// Run one compiled statement (or report its syntax error). Returns the
/// exit status when it raised `SystemExit`.
fn execute(vm: &Vm, globals: &Value, compiled: Result<Rc<CodeObject>, CompileError>) -> Option<u8> {
    let result = match compiled {
        Ok(co) => {
            let code = vm.new_code(co);
            vm.frame_for_code(&code, globals, globals.clone())
                .and_then(|f| vm.run_to_completion(f))
        }
        Err(e) => {
            let err = vm.syntax_error(&interactive_error(e));
            set_last_exception(vm, &err.exc);
            vm.print_exception(&err);
            return None;
        }
    };
    vm.run_finalizers();
    vm.flush_stdout();
    match result {
        Ok(_) => None,
        Err(e) if vm.err_matches(&e, Exc::SystemExit) => Some(crate::exit_status(vm, &e)),
        Err(e) => {
            set_last_exception(vm, &e.exc);
            vm.print_exception(&e);
            None
        }
    }
}

/// CPython's REPL reads one statement, so a second one after a compound
/// statement is plain "invalid syntax" pointing at its first token, not
/// `compile()`'s "multiple statements" message.
fn interactive_error(mut e: CompileError) -> CompileError {
    if e.msg == "multiple statements found while compiling a single statement" {
        e.msg = "invalid syntax".into();
        let token_len = e
            .text
            .as_deref()
            .map(|t| {
                t.chars()
                    .skip(e.col.saturating_sub(1) as usize)
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .count()
            })
            .unwrap_or(0)
            .max(1) as u32;
        e.end_line = e.line;
        e.end_col = e.col + token_len;
    }
    e
}

/// `sys.last_type`, `sys.last_value`, `sys.last_traceback`, as CPython's REPL sets them.
fn set_last_exception(vm: &Vm, exc: &Value) {
    let Some(sys) = vm.dict_get_str(&vm.modules, "sys") else {
        return;
    };
    let tb = vm.getattr_str(exc, "__traceback__").unwrap_or(Value::NONE);
    let ty = vm.getattr_str(exc, "__class__").unwrap_or(Value::NONE);
    for (name, v) in [
        ("last_type", ty),
        ("last_value", exc.clone()),
        ("last_traceback", tb),
    ] {
        let _ = vm.setattr(&sys, &vm.intern(name), v);
    }
}

/// Was Ctrl-C pressed? (Also runs any other pending safepoint work.)
fn take_interrupt(vm: &Vm) -> bool {
    stitch_runtime::breaker::pending() && vm.handle_breaker().is_err()
}

/// `sys.ps1` or `sys.ps2` as a string (CPython's defaults if unusable).
fn prompt(vm: &Vm, primary: bool) -> String {
    let (name, default) = if primary {
        ("ps1", ">>> ")
    } else {
        ("ps2", "... ")
    };
    vm.dict_get_str(&vm.modules, "sys")
        .and_then(|sys| vm.getattr_str(&sys, name).ok())
        .and_then(|v| vm.str_string(&v).ok())
        .unwrap_or_else(|| default.to_string())
}

/// Define `exit`, `quit`, `help`, `copyright`, `credits` and `license` in
/// builtins (those the runtime does not define itself) and `sys.ps1/ps2`.
fn install_site(vm: &Vm) {
    let ns = vm.new_dict();
    let _ = vm.dict_set_str(&ns, "__name__", vm.new_str("_sitebuiltins"));
    let _ = vm.dict_set_str(&ns, "__builtins__", vm.builtins.clone());
    let ran = match stitch_compiler::compile(SITE, "<site>", Mode::Exec) {
        Ok(co) => {
            let code = vm.new_code(co);
            vm.frame_for_code(&code, &ns, ns.clone())
                .and_then(|f| vm.run_to_completion(f))
                .map_err(|e| vm.print_exception(&e))
                .is_ok()
        }
        Err(e) => {
            vm.print_exception(&vm.syntax_error(&e));
            false
        }
    };
    if !ran {
        return;
    }
    for name in SITE_NAMES {
        if vm.dict_get_str(&vm.builtins, name).is_none()
            && let Some(v) = vm.dict_get_str(&ns, name)
        {
            let _ = vm.dict_set_str(&vm.builtins, name, v);
        }
    }
}

enum Input {
    Line(String),
    Interrupted,
    Eof,
}

/// Where lines come from: a line editor on a terminal, else plain reads.
enum LineSource {
    Plain,
    Editor(Box<LineEditor>),
}

struct LineEditor {
    editor: Editor<ReplHelper, DefaultHistory>,
    history: Option<PathBuf>,
}

impl LineSource {
    fn editor() -> Option<LineSource> {
        let config = EditorConfig::builder()
            .auto_add_history(false)
            .completion_type(CompletionType::List)
            .max_history_size(1000)
            .ok()?
            .history_ignore_dups(true)
            .ok()?
            .build();
        let mut editor = Editor::with_config(config).ok()?;
        editor.set_helper(Some(ReplHelper::default()));
        let history = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".stitch_history"));
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Some(LineSource::Editor(Box::new(LineEditor { editor, history })))
    }

    /// Does reading end of input already move to a new line? (The line
    /// editor does; plain reads leave that to the caller, which writes a
    /// newline as CPython does.)
    fn echoes_eof(&self) -> bool {
        matches!(self, LineSource::Editor(_))
    }

    fn read(&mut self, vm: &Vm, globals: &Value, prompt: &str) -> Input {
        if let LineSource::Editor(ed) = self {
            if let Some(helper) = ed.editor.helper_mut() {
                helper.names = completion_names(vm, globals);
            }
            vm.flush_stdout();
            loop {
                match ed.editor.readline(prompt) {
                    Ok(line) => {
                        if !line.trim().is_empty() {
                            let _ = ed.editor.add_history_entry(line.as_str());
                        }
                        return Input::Line(line);
                    }
                    Err(ReadlineError::Interrupted) => return Input::Interrupted,
                    Err(ReadlineError::Eof) => return Input::Eof,
                    Err(ReadlineError::Signal(_)) => continue,
                    Err(_) => break,
                }
            }
            // The terminal failed us: go on with plain reads.
            *self = LineSource::Plain;
        }
        vm.write_stderr(prompt);
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => Input::Eof,
            Ok(_) if take_interrupt(vm) => Input::Interrupted,
            Ok(_) => {
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                }
                Input::Line(String::from_utf8_lossy(&bytes).into_owned())
            }
        }
    }

    /// Save the history.
    fn finish(&mut self) {
        if let LineSource::Editor(ed) = self
            && let Some(path) = &ed.history
        {
            let _ = ed.editor.save_history(path);
        }
    }
}

/// Names for Tab completion: the session's globals, builtins and keywords.
fn completion_names(vm: &Vm, globals: &Value) -> Vec<String> {
    let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
    for d in [globals, &vm.builtins] {
        if let Some(ObjKind::Dict(t)) = d.as_obj().map(|o| &o.kind) {
            names.extend(
                t.borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| stitch_runtime::protocol::str_of(k).map(String::from)),
            );
        }
    }
    names.sort();
    names.dedup();
    names
}

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Tab: indentation at the start of a line, else name completion.
#[derive(Default)]
struct ReplHelper {
    names: Vec<String>,
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &before[start..];
        if word.is_empty() || before[..start].ends_with('.') {
            return Ok((pos, Vec::new()));
        }
        let found = self
            .names
            .iter()
            // Private names only when asked for.
            .filter(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')))
            .cloned()
            .collect();
        Ok((start, found))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

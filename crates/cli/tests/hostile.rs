//! Malformed and hostile input gives a clear CPython-style error on stderr
//! and a non-zero exit status — never a Rust panic or a crash — and the
//! command line behaves as CPython's (missing files, `-c`, exit codes).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn stitch(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stitch");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin);
    }
    child.wait_with_output().expect("wait for stitch")
}

/// Run a program given as source text through a temporary file.
fn run_source(name: &str, src: &[u8]) -> Output {
    // A directory per program (tests run in parallel), removed afterwards.
    let dir = std::env::temp_dir().join(format!("stitch-hostile-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, src).expect("write program");
    let out = stitch(&[path.to_str().unwrap_or_default()], b"");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The last line of stderr must be `Kind: ...` and there must be no panic.
fn assert_error(o: &Output, kind: &str, code: i32) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "Rust panic:\n{err}");
    assert_eq!(o.status.code(), Some(code), "exit status; stderr:\n{err}");
    let last = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    assert!(
        last.starts_with(kind),
        "expected {kind}, got {last:?}\n{err}"
    );
}

#[test]
fn bad_syntax_is_a_syntax_error() {
    for src in [
        "x = (1,\n",
        "def f(:\n  pass\n",
        "1 +\n",
        "x = = 2\n",
        "return 5\n",
        "class\n",
        "f(**)\n",
        "'''unterminated\n",
    ] {
        let o = run_source("bad.py", src.as_bytes());
        assert_error(&o, "SyntaxError", 1);
        assert!(
            stderr(&o).contains("line"),
            "no line number for {src:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn bad_indentation_is_an_indentation_error() {
    let o = run_source("indent.py", b"if True:\nprint(1)\n");
    assert_error(&o, "IndentationError", 1);
    let o = run_source("indent2.py", b"x = 1\n    y = 2\n");
    assert_error(&o, "IndentationError", 1);
}

#[test]
fn null_bytes_are_rejected() {
    let o = run_source("nul.py", b"x = 1\n\0\nprint(x)\n");
    assert_error(&o, "SyntaxError", 1);
}

#[test]
fn newer_syntax_is_rejected() {
    let o = run_source("new.py", b"type Point = tuple[int, int]\n");
    assert_error(&o, "SyntaxError", 1);
}

#[test]
fn huge_literals_work_or_fail_cleanly() {
    // CPython 3.11 applies the 4300-digit limit to decimal literals at compile time.
    let o = run_source("huge.py", format!("x = {}\n", "7".repeat(5000)).as_bytes());
    assert_error(&o, "SyntaxError: Exceeds the limit (4300 digits)", 1);
    // Hexadecimal literals have no limit; printing one in decimal does.
    let src = format!(
        "x = 0x{}\nprint(x % 1000, len(hex(x)))\nprint(str(x))\n",
        "f".repeat(30_000)
    );
    let o = run_source("huge2.py", src.as_bytes());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "375 30002\n",
        "{}",
        stderr(&o)
    );
    assert_error(
        &o,
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion",
        1,
    );
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    let o = run_source("rec.py", b"def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_error(&o, "RecursionError: maximum recursion depth exceeded", 1);
    // Through __repr__ (a call from Rust back into Python) as well.
    let o = run_source(
        "rec2.py",
        b"class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
    );
    assert_error(&o, "RecursionError", 1);
}

#[test]
fn deep_nesting_does_not_crash() {
    let n = 100_000;
    let src = format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let o = run_source("parens.py", src.as_bytes());
    let err = stderr(&o);
    assert!(
        !err.contains("panicked") && o.status.code().is_some(),
        "{err}"
    );
    assert_ne!(o.status.code(), Some(0));
    let src = format!("x = {}{}\n", "[".repeat(n), "]".repeat(n));
    let o = run_source("lists.py", src.as_bytes());
    assert!(
        o.status.code().is_some_and(|c| c != 0 && c != 101),
        "{}",
        stderr(&o)
    );
    let src = format!("x = 1{}\n", " + 1".repeat(50_000));
    let o = run_source("sum.py", src.as_bytes());
    assert!(o.status.code().is_some_and(|c| c != 101), "{}", stderr(&o));
    // Deeply nested data built at run time is freed without recursion.
    let o = run_source(
        "deep.py",
        b"l = []\nfor i in range(1000000):\n    l = [l]\ndel l\nprint('ok')\n",
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "ok\n", "{}", stderr(&o));
}

#[test]
fn uncaught_exception_prints_a_traceback() {
    let o = run_source(
        "boom.py",
        b"def f():\n    raise ValueError('bad value')\nf()\n",
    );
    assert_error(&o, "ValueError: bad value", 1);
    let err = stderr(&o);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("line 3, in <module>") && err.contains("line 2, in f"),
        "{err}"
    );
}

#[test]
fn missing_file_exits_2_with_cpythons_message() {
    let o = stitch(&["/nonexistent/dir/prog.py"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim_end(),
        "stitch: can't open file '/nonexistent/dir/prog.py': [Errno 2] No such file or directory"
    );
}

#[test]
fn exit_codes_follow_cpython() {
    assert_eq!(
        stitch(&["-c", "import sys; sys.exit(3)"], b"")
            .status
            .code(),
        Some(3)
    );
    assert_eq!(
        stitch(&["-c", "import sys; sys.exit()"], b"").status.code(),
        Some(0)
    );
    let o = stitch(&["-c", "import sys; sys.exit('bye')"], b"");
    assert_eq!((o.status.code(), stderr(&o).as_str()), (Some(1), "bye\n"));
    assert_eq!(
        stitch(&["-c", "raise SystemExit(True)"], b"").status.code(),
        Some(1)
    );
    assert_eq!(stitch(&["-c", "pass"], b"").status.code(), Some(0));
}

#[test]
fn argv_and_x_options() {
    let o = stitch(
        &[
            "-X",
            "jit=off",
            "-X",
            "unknown_option",
            "-c",
            "import sys; print(sys.argv)",
            "a",
            "b",
        ],
        b"",
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "['-c', 'a', 'b']\n",
        "{}",
        stderr(&o)
    );
    let o = stitch(&["-X", "jit=bogus", "-c", "pass"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn program_from_stdin() {
    let o = stitch(&[], b"print(6 * 7)\n");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "42\n", "{}", stderr(&o));
}

#[test]
fn dis_lists_bytecode_with_lines() {
    let dir = std::env::temp_dir().join(format!("stitch-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("d.py");
    std::fs::write(&path, "x = 1\ny = x + 2\nprint(y)\n").expect("write");
    let o = stitch(&["dis", path.to_str().unwrap_or_default()], b"");
    let _ = std::fs::remove_dir_all(&dir);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("BINARY_OP") && out.contains("RETURN_VALUE"),
        "{out}"
    );
    for line in ["1", "2", "3"] {
        assert!(
            out.lines().any(|l| l.trim_start().starts_with(line)),
            "no line {line} in\n{out}"
        );
    }
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    unsafe extern "C" {
        fn kill(pid: i32, sig: i32) -> i32;
    }
    let child = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(["-c", "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('interrupted')\n    raise\n"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stitch");
    let pid = child.id() as i32;
    let mut stdout = child.stdout.expect("stdout");
    let mut first = [0u8; 6];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("ready line");
    assert_eq!(&first, b"ready\n");
    // SAFETY: sending SIGINT to our own child process.
    unsafe { kill(pid, 2) };
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).expect("rest of stdout");
    assert_eq!(rest, "interrupted\n");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.expect("stderr"), &mut err).expect("stderr");
    assert!(err.trim_end().ends_with("KeyboardInterrupt"), "{err}");
}

#[test]
fn embedded_modules_import() {
    let o = stitch(
        &[
            "-c",
            "import _stitch_selftest as m\nfrom _stitch_selftest import double\nprint(m.ANSWER, double(4), m.__name__)",
        ],
        b"",
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "42 8 _stitch_selftest\n",
        "{}",
        stderr(&o)
    );
    let o = stitch(&["-c", "import no_such_module_xyz"], b"");
    assert_error(
        &o,
        "ModuleNotFoundError: No module named 'no_such_module_xyz'",
        1,
    );
}

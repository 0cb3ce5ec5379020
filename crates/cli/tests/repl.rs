//! The interactive prompt, driven through a pipe (`stitch -i`) and through
//! a pseudo-terminal (`stitch` with no arguments).
//!
//! The pipe sessions' expected outputs are what CPython 3.11 prints for the
//! same input with `python3.11 -i` (recorded here; Python is not run).
//! Every wait has a deadline, so a hang fails the test instead of blocking.

use std::io::{Read, Write};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_stitch");
/// Generous: CI machines are small and shared.
const TIMEOUT: Duration = Duration::from_secs(20);

// ----- through a pipe ----------------------------------------------------

/// Run `stitch ARGS` with `input` on a pipe, killing it after the deadline.
fn piped(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stitch");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = wait_output(child);
    let _ = writer.join();
    out
}

fn wait_output(mut child: Child) -> Output {
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let status = wait_deadline(&mut child);
    Output {
        status,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
    }
}

fn wait_deadline(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(st) = child.try_wait().expect("wait") {
            return st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("stitch did not exit within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The first session: echo, a block, a function, an exception, a syntax
/// error, `_`, then `exit(3)` (what follows is never read).
const SESSION: &str = "\
1+1
x = 5
x * 2
for i in range(3):
    print(i)

def f(a):
    return a * 3

f(4)
1/0
print(\"after\")
1 +
_
\"s\"
None
[1, 'a', None]
exit(3)
print(\"not reached\")
";

#[test]
fn pipe_session_matches_cpython() {
    let out = piped(&["-i"], SESSION);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(3), "stderr:\n{stderr}");
    assert_eq!(
        stdout,
        "2\n10\n0\n1\n2\n12\nafter\n12\n's'\n[1, 'a', None]\n"
    );
    // The banner goes to stderr (with -i, as CPython's does), then the
    // prompts, tracebacks and syntax errors.
    let (banner, rest) = stderr.split_once('\n').expect("banner line");
    assert!(
        banner.starts_with("Stitch ") && banner.contains("(Python 3.11 compatible) on "),
        "{banner}"
    );
    assert_eq!(
        rest,
        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n\
         >>> >>> >>> >>> ... ... >>> ... ... >>> >>> Traceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n\
         >>> >>>   File \"<stdin>\", line 1\n    \
         1 +\n       ^\n\
         SyntaxError: invalid syntax\n\
         >>> >>> >>> >>> >>> "
    );
}

#[test]
fn pipe_session_end_of_input_exits_0() {
    let out = piped(&["-q", "-i"], "x = 1\nx\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "1\n");
    // CPython writes a newline at end of input.
    assert_eq!(text(&out.stderr), ">>> >>> >>> \n");
}

#[test]
fn pipe_session_more_statements_match_cpython() {
    let input = "\
exit
type(exit).__name__
try:
    1/0
except ZeroDivisionError:
    print(\"caught\")

1/0
2/0
x = [1,
     2,
     3]
x
s = \"\"\"a
b\"\"\"
s
if x:
    y = 1
else:
    y = 2

y
class A:
    def __repr__(self):
        return \"<A>\"

A()
_
None
def g():
    raise KeyError(\"k\")

g()
if True:
    pass
print(2)
import sys; sys.exit(\"bye\")
";
    let out = piped(&["-qi"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "Use exit() or Ctrl-D (i.e. EOF) to exit\n'Quitter'\ncaught\n[1, 2, 3]\n'a\\nb'\n1\n<A>\n<A>\n"
    );
    assert_eq!(
        text(&out.stderr),
        ">>> >>> >>> ... ... ... ... >>> Traceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n\
         >>> Traceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n\
         >>> ... ... >>> >>> ... >>> >>> ... ... ... ... >>> >>> ... ... ... >>> >>> >>> >>> ... ... >>> \
         Traceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\n  \
         File \"<stdin>\", line 2, in g\n\
         KeyError: 'k'\n\
         >>> ... ...   File \"<stdin>\", line 3\n    \
         print(2)\n    ^^^^^\n\
         SyntaxError: invalid syntax\n\
         >>> bye\n"
    );
}

#[test]
fn pipe_unfinished_block_runs_at_end_of_input() {
    // As CPython: end of input finishes the block.
    let out = piped(&["-qi"], "if 1:\n  print(2)");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "2\n");
    assert_eq!(text(&out.stderr), ">>> ... ... \n>>> \n");
    let out = piped(&["-qi"], "(1,\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stderr),
        ">>> ... \n  File \"<stdin>\", line 1\n    (1,\n    ^\nSyntaxError: '(' was never closed\n>>> \n"
    );
}

#[test]
fn pipe_system_exit_statuses() {
    for (input, code) in [
        ("raise SystemExit\n", 0),
        ("quit(4)\n", 4),
        ("exit(None)\n", 0),
        ("import sys; sys.exit(2)\n", 2),
        ("def f():\n  exit(7)\n\nf()\n", 7),
    ] {
        let out = piped(&["-qi"], input);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{input:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn stdin_pipe_without_i_is_a_script() {
    // No prompts, no banner: a pipe is a program, as for `python3 < file`.
    let out = piped(&[], "x = 6\nprint(x * 7)\nx\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "42\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn i_after_a_command_keeps_its_namespace() {
    // CPython: -i with -c runs the command, reports an uncaught exception
    // (even SystemExit), then prompts (no banner).
    let out = piped(&["-i", "-c", "x = 5\nraise SystemExit(3)"], "x\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "5\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         SystemExit: 3\n>>> >>> \n"
    );
}

#[test]
fn hostile_lines_never_panic() {
    let input = "\u{0}\n\\\n)\n(((\n\"\"\"\n'''\n\u{feff}x\nif\n@\n\t\tif 1:\n\n\r\n\u{7f}\n\
                 é = 1\né\nlambda: (yield)\nclass\ndef f(:\n'\\\nabc'\nexit(0)\n";
    let out = piped(&["-qi"], input);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // Invalid UTF-8 is read with replacement characters, not a crash.
    let mut child = Command::new(BIN)
        .args(["-qi"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let _ = stdin.write_all(b"'\xff\xfe'\n1\n");
    drop(stdin);
    let out = wait_output(child);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "'\u{fffd}\u{fffd}'\n1\n");
}

// ----- through a pseudo-terminal -------------------------------------------

/// A child on a pseudo-terminal; a thread collects everything it writes.
struct Term {
    child: Child,
    master: std::fs::File,
    output: Arc<(Mutex<Vec<u8>>, Condvar)>,
    /// How far `expect` has matched.
    seen: usize,
}

impl Term {
    fn spawn(args: &[&str], home: &std::path::Path) -> Term {
        use nix::pty::{Winsize, openpty};
        let size = Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = openpty(Some(&size), None).expect("openpty");
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .env("TERM", "xterm")
            .env("HOME", home)
            .env_remove("PYTHONPATH")
            .stdin(Stdio::from(pty.slave.try_clone().expect("dup")))
            .stdout(Stdio::from(pty.slave.try_clone().expect("dup")))
            .stderr(Stdio::from(pty.slave));
        // SAFETY: between fork and exec the child only makes two system
        // calls (async-signal-safe): it starts a session and makes the
        // terminal on its stdin its controlling terminal, so that Ctrl-C
        // typed on it sends SIGINT to the child.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
                nix::unistd::setsid()?;
                if nix::libc::ioctl(0, nix::libc::TIOCSCTTY, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn stitch on a pty");
        drop(cmd); // close our copies of the slave: reads see EIO at exit
        let master = std::fs::File::from(pty.master);
        let mut reader = master.try_clone().expect("dup master");
        let output = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let (lock, cv) = &*sink;
                        lock.lock().expect("lock").extend_from_slice(&buf[..n]);
                        cv.notify_all();
                    }
                }
            }
        });
        Term {
            child,
            master,
            output,
            seen: 0,
        }
    }

    fn send(&mut self, s: &str) {
        self.master.write_all(s.as_bytes()).expect("write to pty");
        self.master.flush().expect("flush pty");
    }

    /// Wait until `pat` appears after what was matched so far.
    fn expect(&mut self, pat: &str) {
        let deadline = Instant::now() + TIMEOUT;
        let (lock, cv) = &*self.output;
        let mut out = lock.lock().expect("lock");
        loop {
            let hay = text(&out[self.seen..]);
            if let Some(i) = hay.find(pat) {
                self.seen += hay[..i + pat.len()].len();
                return;
            }
            let now = Instant::now();
            if now > deadline {
                let all = text(&out);
                drop(out);
                let _ = self.child.kill();
                panic!("timed out waiting for {pat:?}; terminal output:\n{all:?}");
            }
            out = cv.wait_timeout(out, deadline - now).expect("wait").0;
        }
    }

    fn wait(&mut self) -> std::process::ExitStatus {
        wait_deadline(&mut self.child)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn temp_home(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("stitch-repl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn terminal_session() {
    let home = temp_home("tty");
    let mut t = Term::spawn(&[], &home);
    t.expect("(Python 3.11 compatible) on ");
    t.expect("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    t.expect(">>> ");
    t.send("6*7\r");
    t.expect("42\r\n");
    t.expect(">>> ");
    // A two-line block, ended by an empty line.
    t.send("for n in range(2):\r");
    t.expect("... ");
    t.send("    print(n + 100)\r");
    t.expect("... ");
    t.send("\r");
    t.expect("100\r\n101\r\n");
    t.expect(">>> ");
    // Ctrl-C in the middle of a block discards it.
    t.send("for zq in range(3):\r");
    t.expect("... ");
    t.send("    zq\x03");
    t.expect("KeyboardInterrupt");
    t.expect(">>> ");
    t.send("zq\r");
    t.expect("NameError: name 'zq' is not defined");
    t.expect(">>> ");
    // Line editing: Ctrl-A goes to the start of the line.
    t.send("2*3\x011\r");
    t.expect("36\r\n");
    t.expect(">>> ");
    // History: Ctrl-P recalls the previous line.
    t.send("\x10\r");
    t.expect("36\r\n");
    t.expect(">>> ");
    // Tab at the start of a line indents.
    t.send("if 1:\r");
    t.expect("... ");
    t.send("\tprint(5*5)\r");
    t.expect("... ");
    t.send("\r");
    t.expect("25\r\n");
    t.expect(">>> ");
    // Tab elsewhere completes a name.
    t.send("zzvar = 8\r");
    t.expect(">>> ");
    t.send("zzv\t * 2\r");
    t.expect("16\r\n");
    t.expect(">>> ");
    // Ctrl-C while code runs raises KeyboardInterrupt in it.
    t.send("def spin():\r");
    t.expect("... ");
    t.send("    print('spin' + 'ning')\r");
    t.expect("... ");
    t.send("    while True: pass\r");
    t.expect("... ");
    t.send("\r");
    t.expect(">>> ");
    t.send("spin()\r");
    t.expect("spinning\r\n");
    t.send("\x03");
    t.expect("KeyboardInterrupt");
    t.expect(">>> ");
    t.send("'still' + ' here'\r");
    t.expect("'still here'");
    t.expect(">>> ");
    // Ctrl-D ends the session with status 0.
    t.send("\x04");
    let status = t.wait();
    assert_eq!(status.code(), Some(0));
    // The history was saved.
    let history = std::fs::read_to_string(home.join(".stitch_history")).unwrap_or_default();
    assert!(
        history.contains("12*3") && history.contains("6*7"),
        "history: {history:?}"
    );
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn terminal_exit_status() {
    let home = temp_home("exit");
    let mut t = Term::spawn(&["-q"], &home);
    t.expect(">>> ");
    t.send("exit(5)\r");
    assert_eq!(t.wait().code(), Some(5));
    let _ = std::fs::remove_dir_all(&home);
}

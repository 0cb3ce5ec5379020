//! Running a Python implementation on a program file with a deadline,
//! capturing what it wrote, the way `tests/regen.py` runs CPython.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// The process exited with this status.
    Exited(i32),
    /// The process was killed by this signal (a crash: SIGSEGV, SIGABRT...).
    Signaled(i32),
    /// The process ran past the deadline and was killed.
    TimedOut,
}

/// What one run of a program produced.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

/// An interpreter to run programs with: the executable and the arguments
/// that come before the program's path (`-X jit=off`, ...).
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub program: String,
    pub args: Vec<String>,
}

impl Interpreter {
    /// `program args...` as typed on a command line (for messages).
    pub fn describe(&self) -> String {
        let mut s = self.program.clone();
        for a in &self.args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }
}

/// How often a running child is polled for its end.
const POLL: Duration = Duration::from_millis(2);

/// Run `interp` on `script` (with the script's directory as the working
/// directory, standard input empty, the environment of `tests/regen.py`)
/// and kill it after `timeout`.
pub fn run(interp: &Interpreter, script: &Path, timeout: Duration) -> io::Result<Outcome> {
    let dir = script.parent().unwrap_or(Path::new("."));
    let name = script
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "script has no file name"))?;
    let stem = script.file_stem().unwrap_or(name).to_string_lossy();
    // Output goes to files: pipes would need reader threads to avoid a
    // deadlock when the child fills one.
    let out_path = dir.join(format!(".{stem}.stdout"));
    let err_path = dir.join(format!(".{stem}.stderr"));
    let mut cmd = Command::new(&interp.program);
    cmd.args(&interp.args)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(k);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8");
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            use std::os::unix::process::ExitStatusExt;
            break match (st.code(), st.signal()) {
                (Some(c), _) => Status::Exited(c),
                (None, Some(s)) => Status::Signaled(s),
                (None, None) => Status::Exited(-1),
            };
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        std::thread::sleep(POLL);
    };
    let elapsed = start.elapsed();
    let stdout = std::fs::read(&out_path)?;
    let stderr = std::fs::read(&err_path)?;
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    Ok(Outcome {
        status,
        stdout,
        stderr,
        elapsed,
    })
}

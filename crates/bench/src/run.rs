//! Running programs: timing one process, and the runs of one program under
//! each implementation (interleaved), checked against the expected output.

use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::impls::{Implementation, one_line};
use crate::results::{Cell, Status};

pub struct Output {
    /// Wall time from spawning the process to its exit, in seconds.
    pub seconds: f64,
    /// `None` if it was killed for exceeding the timeout.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `command script [size]` in `cwd` and times it.
///
/// The exit is detected by polling every millisecond (std cannot wait with a
/// timeout), so times carry up to about a millisecond of extra slack.
pub fn run_once(
    command: &[String],
    script: &Path,
    size: Option<&str>,
    cwd: &Path,
    timeout: Duration,
) -> io::Result<Output> {
    let mut cmd = Command::new(&command[0]);
    cmd.args(&command[1..])
        .arg(script)
        .args(size)
        .current_dir(cwd);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    // Drain both pipes on threads so a chatty program cannot block on a full pipe.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let (status, end) = wait(&mut child, start, timeout)?;
    let seconds = end.duration_since(start).as_secs_f64();
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    Ok(Output {
        seconds,
        status,
        stdout,
        stderr,
    })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait(
    child: &mut Child,
    start: Instant,
    timeout: Duration,
) -> io::Result<(Option<ExitStatus>, Instant)> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((Some(status), Instant::now()));
        }
        let now = Instant::now();
        if now.duration_since(start) > timeout {
            let _ = child.kill();
            child.wait()?;
            return Ok((None, now));
        }
        thread::sleep(Duration::from_millis(1));
    }
}

/// What the session shows on stderr while it runs: one line rewritten in
/// place on a terminal, plain lines (one per program and implementation)
/// otherwise.
pub struct Progress {
    tty: bool,
    showing: bool,
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            tty: io::stderr().is_terminal(),
            showing: false,
        }
    }

    /// Transient status, shown only on a terminal.
    pub fn status(&mut self, msg: &str) {
        if self.tty {
            let msg: String = msg.chars().take(110).collect();
            eprint!("\r\x1b[2K{msg}");
            let _ = io::stderr().flush();
            self.showing = true;
        }
    }

    /// A finished step: replaces the status line on a terminal, a line otherwise.
    pub fn done(&mut self, msg: &str) {
        if self.tty {
            self.status(msg)
        } else {
            eprintln!("{msg}")
        }
    }

    /// A message that stays (warnings, notes).
    pub fn note(&mut self, msg: &str) {
        self.clear();
        eprintln!("{msg}");
    }

    pub fn clear(&mut self) {
        if self.showing {
            eprint!("\r\x1b[2K");
            let _ = io::stderr().flush();
            self.showing = false;
        }
    }
}

/// One program to measure: the script, its argument, and how.
pub struct Job<'a> {
    pub script: &'a Path,
    pub size: Option<&'a str>,
    pub cwd: &'a Path,
    pub runs: usize,
    pub timeout: Duration,
    /// For the progress display: `[3/17] richards`.
    pub index: usize,
    pub total: usize,
    pub name: &'a str,
}

/// Runs a program `runs` times under each implementation of `order`,
/// interleaved: round after round, one run of each in turn (the first
/// one is the reference). The machine's load drifts over seconds, so
/// runs taken side by side share it, where back-to-back blocks of runs
/// of one implementation each met a load of their own (the same binary
/// moved 30-40% between blocks). Every run's output must equal the
/// first successful run's; an implementation that fails stops there.
/// Returns the cells in the order of `impls`.
pub fn measure(
    impls: &[Implementation],
    order: &[usize],
    job: &Job,
    progress: &mut Progress,
) -> Vec<Cell> {
    let (runs, timeout) = (job.runs, job.timeout);
    let prefix =
        |imp: &Implementation| format!("[{}/{}] {}  {}", job.index, job.total, job.name, imp.label);
    let mut expected: Option<Vec<u8>> = None;
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); impls.len()];
    let mut failed: Vec<Option<Cell>> = vec![None; impls.len()];
    for run in 1..=runs {
        for &i in order {
            if failed[i].is_some() {
                continue;
            }
            let imp = &impls[i];
            progress.status(&format!("{}  run {run}/{runs} …", prefix(imp)));
            let out = match run_once(&imp.command, job.script, job.size, job.cwd, timeout) {
                Ok(out) => out,
                Err(e) => {
                    let detail = format!("cannot run {}: {e}", imp.command[0]);
                    let t = std::mem::take(&mut times[i]);
                    failed[i] = Some(Cell::failed(Status::Error, t, detail));
                    progress.done(&format!("{}  ERROR", prefix(imp)));
                    continue;
                }
            };
            let failure = match out.status {
                None => Some((
                    Status::Timeout,
                    format!("killed after {} s", timeout.as_secs_f64()),
                )),
                Some(st) if !st.success() => Some((
                    Status::Fail,
                    format!("{st}: {}", one_line(&String::from_utf8_lossy(&out.stderr))),
                )),
                Some(_) => {
                    times[i].push(out.seconds);
                    match &expected {
                        None => {
                            expected = Some(out.stdout);
                            None
                        }
                        Some(exp) => first_difference(exp, &out.stdout).map(|d| (Status::Diff, d)),
                    }
                }
            };
            if let Some((status, detail)) = failure {
                progress.done(&format!("{}  {}", prefix(imp), status.word()));
                let t = std::mem::take(&mut times[i]);
                failed[i] = Some(Cell::failed(status, t, detail));
                continue;
            }
            progress.status(&format!(
                "{}  run {run}/{runs}  {:.2}s",
                prefix(imp),
                out.seconds
            ));
        }
    }
    let mut cells = Vec::with_capacity(impls.len());
    for (i, (t, f)) in times.into_iter().zip(failed).enumerate() {
        cells.push(f.unwrap_or_else(|| {
            let cell = Cell::ok(t);
            if order.contains(&i) {
                let median = cell.median().unwrap_or(0.0);
                progress.done(&format!(
                    "{}  median {median:.3}s of {runs}",
                    prefix(&impls[i])
                ));
            }
            cell
        }));
    }
    cells
}

/// Describes where `got` first differs from `expected`, or `None` if equal.
pub fn first_difference(expected: &[u8], got: &[u8]) -> Option<String> {
    if expected == got {
        return None;
    }
    let exp = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let (mut e, mut g) = (exp.lines(), got.lines());
    let clip = |s: &str| -> String {
        let c: String = s.chars().take(60).collect();
        if c.len() < s.len() {
            format!("{c}…")
        } else {
            c
        }
    };
    for n in 1.. {
        match (e.next(), g.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                return Some(format!(
                    "line {n}: expected {:?}, got {:?}",
                    clip(a),
                    clip(b)
                ));
            }
            (Some(a), None) => {
                return Some(format!(
                    "line {n}: expected {:?}, got end of output",
                    clip(a)
                ));
            }
            (None, Some(b)) => {
                return Some(format!(
                    "line {n}: expected end of output, got {:?}",
                    clip(b)
                ));
            }
            (None, None) => break,
        }
    }
    Some("outputs differ in line endings".to_string())
}

#[cfg(test)]
mod tests {
    use super::first_difference;

    #[test]
    fn differences() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), None);
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n").as_deref(),
            Some("line 2: expected \"b\", got \"c\"")
        );
        assert_eq!(
            first_difference(b"a\nb\n", b"a\n").as_deref(),
            Some("line 2: expected \"b\", got end of output")
        );
        assert!(first_difference(b"a\n", b"a").is_some());
    }
}

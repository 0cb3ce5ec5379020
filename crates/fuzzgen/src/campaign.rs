//! A differential fuzzing campaign: generate programs from consecutive
//! seeds, run each under CPython and under every requested Stitch mode,
//! and save the programs on which they disagree as test cases.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::compare::{self, Mismatch};
use crate::exec::{self, Interpreter, Outcome, Status};
use crate::program;
use crate::shrink;

/// When a campaign stops.
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    /// After this many programs.
    Count(u64),
    /// When this much time has passed (checked between programs).
    Time(Duration),
}

/// Everything a campaign needs.
#[derive(Clone, Debug)]
pub struct Campaign {
    pub limit: Limit,
    /// The first program's seed; the next ones follow (`seed + 1`, ...).
    pub first_seed: u64,
    /// The reference implementation (CPython 3.11).
    pub python: Interpreter,
    /// Stitch, once per execution mode (`-X jit=off`, ...).
    pub stitch: Vec<Interpreter>,
    /// Where failing programs are saved (`tests/py`).
    pub save_dir: PathBuf,
    /// The repository, for `tests/regen.py`.
    pub repo_root: PathBuf,
    /// Go on after the first mismatch.
    pub keep_going: bool,
    /// Shrink failing programs before saving them.
    pub shrink: bool,
    /// The deadline of one run (CPython or Stitch).
    pub timeout: Duration,
    pub options: program::Options,
    /// A scratch directory for the programs being run.
    pub work_dir: PathBuf,
}

/// A program on which Stitch and CPython disagreed.
#[derive(Clone, Debug)]
pub struct Finding {
    pub seed: u64,
    /// The Stitch command line that disagreed.
    pub mode: String,
    pub mismatch: Mismatch,
    /// Where the (possibly shrunk) program was saved.
    pub saved: PathBuf,
    /// Lines in the saved program.
    pub lines: usize,
}

/// What a campaign did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Programs run under both implementations and compared.
    pub compared: u64,
    /// Programs on which every Stitch mode agreed with CPython.
    pub agreed: u64,
    pub findings: Vec<Finding>,
    /// Seeds whose program CPython did not finish in time (skipped).
    pub cpython_timeouts: Vec<u64>,
    /// Seeds whose program ended with an uncaught exception under
    /// CPython: a generator defect (still compared).
    pub cpython_errors: Vec<u64>,
    pub elapsed: Duration,
}

impl Campaign {
    /// Run the campaign, printing progress and each finding as it comes.
    pub fn run(&self) -> io::Result<Summary> {
        std::fs::create_dir_all(&self.work_dir)?;
        let start = Instant::now();
        let mut summary = Summary::default();
        let mut last_report = Instant::now();
        for n in 0.. {
            let done = match self.limit {
                Limit::Count(c) => n >= c,
                Limit::Time(t) => start.elapsed() >= t,
            };
            if done {
                break;
            }
            let seed = self.first_seed.wrapping_add(n);
            let stop = self.one(seed, &mut summary)?;
            if last_report.elapsed() > Duration::from_secs(15) {
                last_report = Instant::now();
                eprintln!(
                    "[{:.0} s] {} programs, {} agreed, {} mismatches, {} CPython timeouts",
                    start.elapsed().as_secs_f64(),
                    summary.compared,
                    summary.agreed,
                    summary.findings.len(),
                    summary.cpython_timeouts.len()
                );
            }
            if stop {
                break;
            }
        }
        summary.elapsed = start.elapsed();
        Ok(summary)
    }

    /// Generate, run and compare the program for `seed`. Returns true when
    /// the campaign should stop (a mismatch without `keep_going`).
    fn one(&self, seed: u64, summary: &mut Summary) -> io::Result<bool> {
        let program = program::generate(seed, &self.options);
        let path = self.work_dir.join(format!("fuzz_{seed}.py"));
        std::fs::write(&path, &program)?;
        let expected = exec::run(&self.python, &path, self.timeout)?;
        if expected.status == Status::TimedOut {
            summary.cpython_timeouts.push(seed);
            return Ok(false);
        }
        if expected.status != Status::Exited(0) {
            summary.cpython_errors.push(seed);
        }
        summary.compared += 1;
        for stitch in &self.stitch {
            let actual = exec::run(stitch, &path, self.timeout)?;
            if let Some(m) = compare::compare(&expected, &actual) {
                let finding = self.record(seed, stitch, &program, m)?;
                eprintln!(
                    "MISMATCH seed {seed} [{}]: {} -> {} ({} lines)",
                    finding.mode,
                    finding.mismatch.detail,
                    finding.saved.display(),
                    finding.lines
                );
                summary.findings.push(finding);
                let _ = std::fs::remove_file(&path);
                return Ok(!self.keep_going);
            }
        }
        summary.agreed += 1;
        let _ = std::fs::remove_file(&path);
        Ok(false)
    }

    /// Shrink (if asked), save and bless a failing program.
    fn record(
        &self,
        seed: u64,
        stitch: &Interpreter,
        program: &str,
        mismatch: Mismatch,
    ) -> io::Result<Finding> {
        let mut text = program.to_string();
        let mut mismatch = mismatch;
        if self.shrink {
            eprintln!(
                "shrinking seed {seed} ({} lines)...",
                program.lines().count()
            );
            let probe = self.work_dir.join(format!("shrink_{seed}.py"));
            let (kind, signature) = (mismatch.kind, mismatch.signature.clone());
            text = shrink::shrink(program, 2000, |candidate| {
                matches!(self.differs(stitch, &probe, candidate),
                         Some(m) if m.kind == kind && m.signature == signature)
            });
            let _ = std::fs::remove_file(&probe);
            if let Some(m) = self.differs(
                stitch,
                &self.work_dir.join(format!("fuzz_{seed}.py")),
                &text,
            ) {
                mismatch = m;
            }
        }
        let header = format!(
            "# Generated by stitch-fuzz from seed {seed}{}.\n# Stitch ({}) differed: {}\n",
            if self.shrink { ", shrunk" } else { "" },
            stitch.describe(),
            mismatch.detail.replace('\n', " ")
        );
        let body: String = text
            .lines()
            .filter(|l| !l.starts_with("# Generated by stitch-fuzz"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::create_dir_all(&self.save_dir)?;
        let saved = self.save_dir.join(format!("fuzz_{seed}.py"));
        std::fs::write(&saved, format!("{header}{body}"))?;
        self.regen(&saved);
        Ok(Finding {
            seed,
            mode: stitch.describe(),
            mismatch,
            lines: body.lines().count(),
            saved,
        })
    }

    /// Run `text` under CPython and `stitch`: the mismatch, if CPython
    /// accepts and finishes the program and Stitch differs.
    fn differs(&self, stitch: &Interpreter, path: &Path, text: &str) -> Option<Mismatch> {
        std::fs::write(path, text).ok()?;
        let expected = exec::run(&self.python, path, self.timeout).ok()?;
        // A smaller program must still be a good test: accepted by CPython,
        // finishing, and printing no address (shrinking can delete a
        // `__repr__`).
        if expected.status == Status::TimedOut
            || is_syntax_error(&expected)
            || String::from_utf8_lossy(&expected.stdout).contains(" at 0x")
        {
            return None;
        }
        let actual = exec::run(stitch, path, self.timeout).ok()?;
        compare::compare(&expected, &actual)
    }

    /// Write the expected `.out`/`.status` with `tests/regen.py`.
    fn regen(&self, saved: &Path) {
        let regen = self.repo_root.join("tests/regen.py");
        let name = saved.file_stem().unwrap_or_default();
        let status = Command::new(&self.python.program)
            .arg(&regen)
            .arg(name)
            .current_dir(&self.repo_root)
            .env("REGEN_PYTHON", &self.python.program)
            .stdout(std::process::Stdio::null())
            .status();
        match status {
            Ok(s) if s.success() => {}
            other => eprintln!(
                "note: {} {} failed ({other:?}); tests/regen.py only knows tests/py and tests/wishlist",
                regen.display(),
                saved.display()
            ),
        }
    }
}

/// Did CPython reject the program at compile time?
fn is_syntax_error(o: &Outcome) -> bool {
    compare::last_line(&o.stderr).is_some_and(|l| {
        l.starts_with("SyntaxError")
            || l.starts_with("IndentationError")
            || l.starts_with("TabError")
    })
}

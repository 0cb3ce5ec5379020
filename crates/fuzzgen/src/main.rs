//! `stitch-fuzz`: generate random Python programs, run them under CPython
//! 3.11 and Stitch, and save those whose output differs as test cases.
//!
//! ```text
//! stitch-fuzz [--count N | --minutes T] [--seed S] [--stitch PATH]
//!             [--python python3.11] [--mode-args "-X jit=off"]...
//!             [--save-dir tests/py] [--keep-going] [--shrink]
//!             [--timeout SECS] [--no-messages] [--avoid NAMES]
//! stitch-fuzz --print SEED      print the program for SEED
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use stitch_fuzz::campaign::{Campaign, Limit, Summary};
use stitch_fuzz::exec::Interpreter;
use stitch_fuzz::program;

const USAGE: &str = "\
usage: stitch-fuzz [options]

  --count N          run N programs (default 100)
  --minutes T        run for T minutes instead
  --seed S           first seed (default: from the clock); programs use S, S+1, ...
  --stitch PATH      the Stitch binary (default: target/release/stitch in the repository)
  --python PATH      the reference interpreter (default python3.11)
  --mode-args ARGS   arguments before the program, e.g. \"-X jit=off\"; repeat to
                     compare several modes (default: every mode: tier 1 only, tier 2
                     with thresholds of 1, after a warm-up, and with random thresholds)
  --save-dir DIR     where failing programs go (default tests/py), with their
                     expected output written by tests/regen.py
  --keep-going       do not stop at the first mismatch
  --shrink           shrink failing programs (line-based delta debugging) before saving
  --timeout SECS     deadline of one run (default 10)
  --no-messages      print only the type of caught exceptions, not their message
  --avoid NAMES      steer around known differences (comma-separated):
                     big-repeat (seq * n, n past 64 bits), mixed-sort (sorting mixed types),
                     kwonly-message (too many positionals with keyword-only arguments),
                     char-format (%c of an out-of-range int),
                     inplace-message (message of a failing += on str/tuple/list)
  --print SEED       print the program generated from SEED and exit
";

/// The repository root: the nearest directory above the current one that
/// has `tests/regen.py`, else the one this crate was built from.
fn repo_root() -> PathBuf {
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join("tests/regen.py").is_file() {
                return dir.to_path_buf();
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The interpreter's own path: `python3.11` is often a shell-script shim
/// (pyenv) that takes longer to start than a generated program takes to run.
fn resolve_python(python: &str) -> String {
    std::process::Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| python.to_string())
}

fn parse(args: &[String]) -> Result<Option<Campaign>, String> {
    let root = repo_root();
    let mut limit = Limit::Count(100);
    let mut first_seed = None;
    let mut stitch = root.join("target/release/stitch").display().to_string();
    let mut python = "python3.11".to_string();
    let mut modes: Vec<Vec<String>> = Vec::new();
    let mut save_dir = root.join("tests/py");
    let mut keep_going = false;
    let mut shrink = false;
    let mut timeout = Duration::from_secs(10);
    let mut opts = program::Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |name: &str, v: String| {
            v.parse::<f64>()
                .ok()
                .filter(|x| *x >= 0.0)
                .ok_or_else(|| format!("{name}: not a number: {v}"))
        };
        match a.as_str() {
            "--count" => limit = Limit::Count(number(a, value(a)?)? as u64),
            "--minutes" => {
                limit = Limit::Time(Duration::from_secs_f64(number(a, value(a)?)? * 60.0))
            }
            "--seed" => {
                let v = value(a)?;
                first_seed = Some(
                    v.parse()
                        .map_err(|_| format!("--seed: not a number: {v}"))?,
                );
            }
            "--stitch" => stitch = value(a)?,
            "--python" => python = value(a)?,
            "--mode-args" => modes.push(value(a)?.split_whitespace().map(String::from).collect()),
            "--save-dir" => save_dir = PathBuf::from(value(a)?),
            "--keep-going" => keep_going = true,
            "--shrink" => shrink = true,
            "--timeout" => timeout = Duration::from_secs_f64(number(a, value(a)?)?),
            "--no-messages" => opts.messages = false,
            "--avoid" => opts.avoid = program::Avoid::parse(&value(a)?)?,
            "--print" => {
                let v = value(a)?;
                let seed = v
                    .parse()
                    .map_err(|_| format!("--print: not a number: {v}"))?;
                print!("{}", program::generate(seed, &opts));
                return Ok(None);
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    if modes.is_empty() {
        modes = every_mode();
    }
    let first_seed = first_seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    });
    Ok(Some(Campaign {
        limit,
        first_seed,
        python: Interpreter {
            program: resolve_python(&python),
            args: Vec::new(),
        },
        stitch: modes
            .into_iter()
            .map(|args| Interpreter {
                program: stitch.clone(),
                args,
            })
            .collect(),
        save_dir,
        repo_root: root,
        keep_going,
        shrink,
        timeout,
        options: opts,
        work_dir: std::env::temp_dir().join(format!("stitch-fuzz-{}", std::process::id())),
    }))
}

fn print_summary(c: &Campaign, s: &Summary) {
    println!(
        "stitch-fuzz: seeds {}.., {:.1} s",
        c.first_seed,
        s.elapsed.as_secs_f64()
    );
    println!("  programs run:       {}", s.compared);
    println!("  agreed:             {}", s.agreed);
    println!("  mismatches:         {}", s.findings.len());
    for f in &s.findings {
        println!(
            "    seed {} [{}] {:?}: {} -> {}",
            f.seed,
            f.mode,
            f.mismatch.kind,
            f.mismatch.detail,
            f.saved.display()
        );
    }
    println!(
        "  CPython timeouts:   {} (skipped) {:?}",
        s.cpython_timeouts.len(),
        s.cpython_timeouts
    );
    if !s.cpython_errors.is_empty() {
        println!(
            "  CPython uncaught exceptions (generator defects): {:?}",
            s.cpython_errors
        );
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let campaign = match parse(&args) {
        Ok(Some(c)) => c,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stitch-fuzz: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    for s in &campaign.stitch {
        if !Path::new(&s.program).is_file() {
            eprintln!(
                "stitch-fuzz: no Stitch binary at {} (build it with `cargo build --release -p stitch-cli`, or pass --stitch)",
                s.program
            );
            return ExitCode::from(2);
        }
    }
    eprintln!(
        "stitch-fuzz: seeds from {}, comparing {} with {}",
        campaign.first_seed,
        campaign.python.describe(),
        campaign
            .stitch
            .iter()
            .map(|s| s.describe())
            .collect::<Vec<_>>()
            .join(" and ")
    );
    let summary = match campaign.run() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("stitch-fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let _ = std::fs::remove_dir_all(&campaign.work_dir);
    print_summary(&campaign, &summary);
    if summary.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Stitch's execution modes, as `tests/py` runs them.
fn every_mode() -> Vec<Vec<String>> {
    let modes: [&[&str]; 4] = [
        &["-X", "jit=off"],
        &[
            "-X",
            "jit=uops",
            "-X",
            "jit_loop_threshold=1",
            "-X",
            "jit_exit_threshold=1",
        ],
        &[
            "-X",
            "jit=uops",
            "-X",
            "jit_loop_threshold=1",
            "-X",
            "jit_exit_threshold=1",
            "-X",
            "jit_warmup=8",
        ],
        &["-X", "jit=uops", "-X", "jit_random=1"],
    ];
    modes
        .iter()
        .map(|m| m.iter().map(|a| a.to_string()).collect())
        .collect()
}

//! Differential tests: every program in `tests/py/` runs under the `stitch`
//! binary, as its own named test per execution mode, and must give what
//! CPython 3.11 gave (recorded by `tests/regen.py`): the same stdout, the
//! same exit status, and for uncaught errors the same final error line and
//! the same innermost line number in the program.
//!
//! Programs in `tests/wishlist/` are known failures: they are listed as
//! ignored tests (run them with `cargo test --test py -- --ignored`).
//!
//! Environment: `STITCH_TEST_MODES=tier1,...` selects modes (default: all).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// Execution modes: a name and the extra command-line arguments (`{seed}`
/// becomes a number drawn from the program's name, so each program runs
/// with its own random thresholds, the same in every run).
const MODES: &[(&str, &[&str])] = &[
    ("tier1", &["-X", "jit=off"]),
    // Tier 2 at once: every loop and exit is optimized and linked the
    // first time it is seen, before tier 1 specialized much.
    (
        "uops_low",
        &[
            "-X",
            "jit=uops",
            "-X",
            "jit_loop_threshold=1",
            "-X",
            "jit_exit_threshold=1",
        ],
    ),
    // Tier 2 after a warm-up: the first hot loops are declined (and back
    // off), so traces are built from specialized code.
    (
        "uops_warm",
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
    ),
    (
        "uops_random",
        &["-X", "jit=uops", "-X", "jit_random={seed}"],
    ),
];

/// A seed from a program's name (FNV-1a).
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

const TIMEOUT: Duration = Duration::from_secs(120);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    error: Option<String>,
    line: Option<u32>,
}

fn load_expected(py: &Path) -> Result<Expected, String> {
    let out = std::fs::read(py.with_extension("out")).map_err(|e| format!("missing .out: {e}"))?;
    let status = std::fs::read_to_string(py.with_extension("status"))
        .map_err(|e| format!("missing .status: {e}"))?;
    let mut exp = Expected {
        stdout: out,
        exit: 0,
        error: None,
        line: None,
    };
    for l in status.lines() {
        if let Some(n) = l.strip_prefix("exit ") {
            exp.exit = n.trim().parse().map_err(|_| "bad exit line".to_string())?;
        } else if let Some(e) = l.strip_prefix("error ") {
            exp.error = Some(e.to_string());
        } else if let Some(n) = l.strip_prefix("line ") {
            exp.line = n.trim().parse().ok();
        }
    }
    Ok(exp)
}

/// Run the binary on a program with a deadline.
fn run(py: &Path, mode_args: &[String]) -> Result<(i32, Vec<u8>, String), String> {
    let dir = py.parent().ok_or("no parent dir")?;
    let name = py.file_name().ok_or("no file name")?;
    let stdin = match std::fs::File::open(py.with_extension("in")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(mode_args)
        .arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        // Wishlist programs import the helper modules kept in tests/py.
        .env("PYTHONPATH", repo_root().join("tests/py"))
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn failed: {e}"))?;
    let mut out = child.stdout.take().ok_or("no stdout")?;
    let mut err = child.stderr.take().ok_or("no stderr")?;
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        128 + status.signal().unwrap_or(0)
    });
    Ok((code, stdout, stderr))
}

fn last_error_line(stderr: &str) -> Option<&str> {
    stderr.lines().rev().find(|l| !l.trim().is_empty())
}

fn innermost_line(stderr: &str, file: &str) -> Option<u32> {
    let needle = format!("{file}\", line ");
    stderr
        .lines()
        .filter_map(|l| l.split_once(&needle).map(|(_, rest)| rest))
        .last()
        .and_then(|rest| {
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            digits.parse().ok()
        })
}

fn check(py: &Path, mode_args: &[String]) -> Result<(), Failed> {
    let exp = load_expected(py)?;
    let (code, stdout, stderr) = run(py, mode_args)?;
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        return Err(format!("Rust panic:\n{stderr}").into());
    }
    if stdout != exp.stdout {
        let got = String::from_utf8_lossy(&stdout);
        let want = String::from_utf8_lossy(&exp.stdout);
        let first_diff = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        return Err(format!(
            "stdout differs at line {}:\n  want: {:?}\n  got:  {:?}\n--- stderr ---\n{}",
            first_diff + 1,
            want.lines().nth(first_diff).unwrap_or("<end>"),
            got.lines().nth(first_diff).unwrap_or("<end>"),
            stderr
                .lines()
                .rev()
                .take(15)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n")
        )
        .into());
    }
    if code != exp.exit {
        return Err(format!(
            "exit status {code}, want {}\n--- stderr ---\n{stderr}",
            exp.exit
        )
        .into());
    }
    if let Some(want) = &exp.error {
        let got = last_error_line(&stderr).unwrap_or("");
        let want_type = want.split(':').next().unwrap_or("");
        let is_syntax = ["SyntaxError", "IndentationError", "TabError"].contains(&want_type);
        // Syntax error texts come from a different parser; the class and line must match.
        let ok = if is_syntax {
            got.split(':').next() == Some(want_type)
        } else {
            got == want
        };
        if !ok {
            return Err(format!(
                "error line differs:\n  want: {want}\n  got:  {got}\n--- stderr ---\n{stderr}"
            )
            .into());
        }
        if let Some(line) = exp.line {
            let file = py.file_name().and_then(|f| f.to_str()).unwrap_or("");
            let got_line = innermost_line(&stderr, file);
            if got_line != Some(line) {
                return Err(format!(
                    "error line number {got_line:?}, want {line}\n--- stderr ---\n{stderr}"
                )
                .into());
            }
        }
    }
    Ok(())
}

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| {
        p.extension().is_some_and(|e| e == "py")
            && !p
                .file_name()
                .and_then(|f| f.to_str())
                .is_some_and(|f| f.starts_with("mod_"))
    });
    v.sort();
    v
}

fn main() {
    let args = Arguments::from_args();
    let root = repo_root();
    let wanted: Option<Vec<String>> = std::env::var("STITCH_TEST_MODES")
        .ok()
        .map(|s| s.split(',').map(String::from).collect());
    let mut trials = Vec::new();
    for (dir, ignored) in [("tests/py", false), ("tests/wishlist", true)] {
        for py in programs(&root.join(dir)) {
            let stem = py
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("?")
                .to_string();
            for (mode, mode_args) in MODES {
                if wanted
                    .as_ref()
                    .is_some_and(|w| !w.iter().any(|m| m == mode))
                {
                    continue;
                }
                let py = py.clone();
                let seed = seed_of(&stem).to_string();
                let mode_args: Vec<String> = mode_args
                    .iter()
                    .map(|a| a.replace("{seed}", &seed))
                    .collect();
                let name = format!("{mode}::{}{stem}", if ignored { "wishlist::" } else { "" });
                trials.push(
                    Trial::test(name, move || check(&py, &mode_args)).with_ignored_flag(ignored),
                );
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

//! The implementations under test: Stitch in each mode, and the other
//! Python implementations found on the machine.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Implementation {
    /// The column name: `stitch-off`, `python3.11`, `pypy3`, ...
    pub label: String,
    /// `stitch`, or the interpreter's `sys.implementation.name` (`cpython`, `pypy`).
    pub kind: String,
    /// The executable and the arguments before the script.
    pub command: Vec<String>,
    pub version: String,
}

impl Implementation {
    pub fn is_cpython(&self) -> bool {
        self.kind == "cpython"
    }
}

/// One implementation per Stitch mode, all running `binary`.
pub fn stitch(binary: &Path, modes: &[String]) -> Result<Vec<Implementation>, String> {
    if modes.is_empty() {
        return Ok(Vec::new());
    }
    let version = match Command::new(binary)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
    {
        Ok(out) if out.status.success() => one_line(&String::from_utf8_lossy(&out.stdout)),
        Ok(out) => {
            return Err(format!(
                "{} --version failed ({}): {}",
                binary.display(),
                out.status,
                one_line(&String::from_utf8_lossy(&out.stderr))
            ));
        }
        Err(e) => return Err(format!("cannot run {}: {e}", binary.display())),
    };
    let path = binary.display().to_string();
    Ok(modes
        .iter()
        .map(|m| Implementation {
            label: format!("stitch-{m}"),
            kind: "stitch".to_string(),
            command: vec![path.clone(), "-X".to_string(), format!("jit={m}")],
            version: version.clone(),
        })
        .collect())
}

const PROBE: &str = "import sys; print(sys.executable); print(sys.implementation.name); \
                     print(' '.join(sys.version.split()))";

/// Asks the interpreter `name` (a command on PATH or a path) where its real
/// executable is, so that a version manager's shim (pyenv) is not timed, and
/// what it is. `Err` explains why it is not usable.
pub fn probe_python(name: &str) -> Result<Implementation, String> {
    let out = Command::new(name)
        .args(["-c", PROBE])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "not found".to_string(),
            _ => e.to_string(),
        })?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    if !out.status.success() || lines.len() < 3 {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("does not run ({}): {}", out.status, one_line(&err)));
    }
    // sys.executable can be empty when the interpreter cannot tell.
    let exe = if lines[0].is_empty() {
        name.to_string()
    } else {
        lines[0].to_string()
    };
    let label = Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string());
    Ok(Implementation {
        label,
        kind: lines[1].to_string(),
        command: vec![exe],
        version: lines[2].to_string(),
    })
}

/// The implementation that speedups are relative to: CPython if present,
/// else the first.
pub fn reference(impls: &[Implementation]) -> usize {
    impls
        .iter()
        .position(Implementation::is_cpython)
        .unwrap_or(0)
}

/// Builds the stitch binary with cargo and returns its path.
pub fn build_stitch(root: &Path) -> Result<PathBuf, String> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building stitch: cargo build --release -p stitch-cli (skip with --no-build)");
    let out = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "-p",
            "stitch-cli",
            "--message-format=json",
        ])
        .current_dir(root)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err("building stitch failed (see cargo's messages above)".to_string());
    }
    // Cargo reports where it put the binary, wherever the target dir is.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let exe = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find_map(|m| {
            let is_stitch = m["reason"] == "compiler-artifact" && m["target"]["name"] == "stitch";
            is_stitch
                .then(|| m["executable"].as_str().map(PathBuf::from))
                .flatten()
        });
    exe.ok_or_else(|| "cargo built stitch-cli but did not report the stitch binary".to_string())
}

/// The last non-empty line: the gist of an error message (a traceback ends
/// with it), or a one-line version.
pub fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or("")
        .to_string()
}

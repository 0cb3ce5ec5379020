//! Generated programs are valid Python 3.11: CPython parses them, and runs
//! them to the end quickly without an uncaught exception. Skipped (with a
//! message) when `python3.11` is not installed.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use stitch_fuzz::exec::{self, Interpreter, Status};
use stitch_fuzz::program::{self, Options};

fn python() -> Option<String> {
    let p = std::env::var("REGEN_PYTHON").unwrap_or_else(|_| "python3.11".into());
    let ok = Command::new(&p)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        Some(p)
    } else {
        eprintln!("skipped: {p} not found");
        None
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stitch-fuzz-test-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn cpython_parses_generated_programs() {
    let Some(py) = python() else { return };
    let dir = scratch("parse");
    let files: Vec<String> = (0..60u64)
        .map(|seed| {
            let path = dir.join(format!("p{seed}.py"));
            std::fs::write(&path, program::generate(seed, &Options::default())).unwrap();
            path.display().to_string()
        })
        .collect();
    let check = "import ast, sys\nfor f in sys.argv[1:]:\n    ast.parse(open(f, encoding='utf-8').read(), f)\n";
    let out = Command::new(&py)
        .arg("-c")
        .arg(check)
        .args(&files)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn generated_programs_run_cleanly_under_cpython() {
    let Some(py) = python() else { return };
    let dir = scratch("run");
    let interp = Interpreter {
        program: py,
        args: Vec::new(),
    };
    for seed in 1000..1012u64 {
        let path = dir.join(format!("fuzz_{seed}.py"));
        std::fs::write(&path, program::generate(seed, &Options::default())).unwrap();
        let o = exec::run(&interp, &path, Duration::from_secs(20)).unwrap();
        assert_eq!(
            o.status,
            Status::Exited(0),
            "seed {seed}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.ends_with("done\n"), "seed {seed}");
        assert!(out.lines().count() > 20, "seed {seed} prints too little");
        assert!(!out.contains(" at 0x"), "seed {seed} prints an address");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

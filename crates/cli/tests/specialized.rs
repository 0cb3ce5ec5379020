//! What `--stats` and `stitch dis --specialized` show users about tier 1's
//! specialization: checked on a small program whose types change mid-loop.

use std::process::{Command, Output};

const PROGRAM: &str = "\
def mix(n):
    total = 0
    for i in range(n):
        total = total + i
        if i == n // 2:
            total = total + 0.5
    return total

print(mix(400))
names = {'a': 1, 'b': 2}
hits = 0
for k in 'abcab' * 50:
    if k in names:
        hits = hits + names[k]
print(hits)
";

/// Run PROGRAM from its own directory (`name`: tests run in parallel),
/// removed afterwards.
fn stitch(name: &str, args: &[&str]) -> Output {
    let dir = std::env::temp_dir().join(format!("stitch-spec-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, PROGRAM).expect("write program");
    let mut all: Vec<&str> = args.to_vec();
    let p = path.to_str().unwrap_or_default().to_string();
    all.push(&p);
    let out = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(&all)
        .output()
        .expect("run stitch");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

const OUTPUT: &str = "79800.5\n300\n";

#[test]
fn stats_go_to_stderr_and_leave_the_output_alone() {
    let out = stitch("stats", &["--stats"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), OUTPUT);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("instructions executed:"), "{err}");
    // Per instruction: the int form ran, then missed when total became a
    // float, and widened to the form serving every mix of ints and floats.
    let line = |name: &str| {
        err.lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no line for {name} in\n{err}"))
            .to_string()
    };
    let add_int = line("BINARY_OP_ADD_INT");
    let deopts: u64 = add_int
        .split_whitespace()
        .last()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(deopts > 0, "{add_int}");
    line("BINARY_OP_NUMBER");
    line("CONTAINS_OP_DICT");
    line("BINARY_SUBSCR_DICT");
    // Per family: executions, hit rate, successes and failure reasons.
    let fam = line("BINARY_OP");
    assert!(fam.contains('%'), "{fam}");
}

#[test]
fn dis_specialized_shows_the_quickened_forms() {
    let plain = stitch("dis", &["dis"]);
    let plain = String::from_utf8_lossy(&plain.stdout).into_owned();
    assert!(plain.contains("BINARY_OP "), "{plain}");
    assert!(!plain.contains("FOR_ITER_RANGE"));
    let out = stitch("dis_specialized", &["dis", "--specialized"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with(OUTPUT), "the program runs first:\n{text}");
    assert!(text.contains("FOR_ITER_RANGE"), "{text}");
    // `total = total + i` saw int + int, then float + int: one form serves both.
    assert!(text.contains("BINARY_OP_NUMBER"), "{text}");
    assert!(text.contains("COMPARE_OP_INT"), "{text}");
    assert!(text.contains("CONTAINS_OP_DICT"), "{text}");
}

/// A call site that sees a different function every time is megamorphic:
/// after each abandoned specialization it waits twice as long before
/// trying again, so it settles in the generic form instead of
/// re-specializing every few dozen calls.
#[test]
fn megamorphic_sites_back_off() {
    let dir = std::env::temp_dir().join(format!("stitch-spec-{}-megamorphic", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("megamorphic.py");
    let src = "\
fs = [lambda x, k=k: x + k for k in range(5)]
t = 0
for i in range(20000):
    t = fs[i % 5](t)
print(t)
";
    std::fs::write(&path, src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(["--stats", path.to_str().unwrap_or_default()])
        .output()
        .expect("run stitch");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "40000\n");
    let err = String::from_utf8_lossy(&out.stderr);
    // The family table's CALL row: family, executed, hits, hit rate, successes.
    let row: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("CALL "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|cols| cols.len() >= 5)
        .unwrap_or_else(|| panic!("no CALL family row in\n{err}"));
    let successes: u64 = row[4].parse().expect("a count");
    assert!(successes >= 2, "it tried: {row:?}");
    assert!(successes <= 20, "it kept re-specializing: {row:?}");
}

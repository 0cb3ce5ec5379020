//! Tier 2's behaviour, asserted through `--stats` and `--dump-executors`
//! (DESIGN §7): a hot loop gets an executor, a two-way branch becomes a
//! primary and a pre-linked secondary, a hot side exit gets linked and then
//! stays in tier 2, mutating what a trace relies on invalidates it (and the
//! output stays right) but a global assigned every iteration stops
//! costing the others their constancy, executors make progress, memory stays bounded
//! while a program keeps invalidating, a generator run by a built-in
//! yields from its trace, the end of an inner loop links back into tier 2,
//! and returns to tier 1 are reported by cause.
//! The outputs themselves are checked against Python's semantics by
//! computing them in the program.

use std::process::Command;

/// Run `src` under `-X jit=uops` with `args` (from a directory of its
/// own, removed afterwards); returns stdout and stderr.
fn run(name: &str, src: &str, args: &[&str]) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("stitch-tier2-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .args(["-X", "jit=uops"])
        .args(args)
        .arg(&path)
        .output()
        .expect("run stitch");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{name} failed:\n{stdout}\n{stderr}");
    (stdout, stderr)
}

/// Run `src` with `--stats` and `--dump-executors`; returns stdout, the
/// stats and the executor graph.
fn run_with_dump(name: &str, src: &str) -> (String, String, String) {
    let dot = std::env::temp_dir().join(format!("stitch-{name}-{}.dot", std::process::id()));
    let dot_arg = dot.to_string_lossy().into_owned();
    let (out, stats) = run(name, src, &["--stats", "--dump-executors", &dot_arg]);
    let graph = std::fs::read_to_string(&dot).expect("dump written");
    let _ = std::fs::remove_file(&dot);
    (out, stats, graph)
}

/// The numbers on the `--stats` line starting with `prefix`.
fn numbers(stats: &str, prefix: &str) -> Vec<f64> {
    let line = stats
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no '{prefix}' line in:\n{stats}"));
    line.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|w| !w.is_empty() && *w != ".")
        .filter_map(|w| w.parse().ok())
        .collect()
}

const HOT_LOOP: &str = "
def work(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total
assert work(200000) == 200000 * 199999
print('ok')
";

/// Run `src` (which prints "ok") with `--stats`: more than `share`% of
/// its instructions run in tier 2. Returns the stats.
fn runs_in_tier_2(name: &str, src: &str, share: f64) -> String {
    let (out, stats) = run(name, src, &["--stats"]);
    assert_eq!(out, "ok\n");
    // instructions in tier 2: T of N (P%)
    let t2 = numbers(&stats, "instructions in tier 2:");
    assert!(t2[3] > share, "tier-2 share {}%:\n{stats}", t2[3]);
    stats
}

#[test]
fn a_hot_loop_gets_an_executor_and_runs_in_tier_2() {
    let stats = runs_in_tier_2("hot_loop", HOT_LOOP, 95.0);
    let made = numbers(&stats, "executors made:");
    assert!(made[0] >= 1.0, "{stats}");
}

const BOTH_WAYS: &str = "
def work(n):
    evens = odds = 0
    for i in range(n):
        if i % 2 == 0:
            evens += 1
        else:
            odds += i
    return evens, odds
assert work(100000) == (50000, 2500000000)
print('ok')
";

#[test]
fn a_branch_taken_both_ways_becomes_a_primary_and_a_pre_linked_secondary() {
    let (out, stats, graph) = run_with_dump("both_ways", BOTH_WAYS);
    assert_eq!(out, "ok\n");
    assert!(
        numbers(&stats, "projection:")[0] >= 1.0,
        "no fork:\n{stats}"
    );
    assert!(graph.starts_with("digraph executors {"), "{graph}");
    assert!(graph.contains("(primary"), "{graph}");
    assert!(graph.contains("(secondary"), "{graph}");
    // The fork's exit leads from the primary to the secondary, which closes
    // the loop through the primary: edges both ways, and the primary's loop.
    let edges: Vec<&str> = graph.lines().filter(|l| l.contains("->")).collect();
    assert!(edges.len() >= 3, "{graph}");
    assert!(graph.contains("[style=dashed, label=\"loop\"]"), "{graph}");
    // Neither direction leaves tier 2: exits go through links.
    let exits = numbers(&stats, "exits:");
    assert!(exits[2] > 40000.0, "{stats}");
    assert!(exits[3] < 10.0, "exits to tier 1: {stats}");
}

const BARE_CONTINUE: &str = "
def work(n):
    kept = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        kept += i
    return kept
assert work(90000) == sum(i for i in range(90000) if i % 3)
print('ok')
";

#[test]
fn a_fork_whose_other_side_only_closes_the_loop_makes_no_secondary() {
    let (out, stats, graph) = run_with_dump("bare_continue", BARE_CONTINUE);
    assert_eq!(out, "ok\n");
    assert!(
        numbers(&stats, "projection:")[0] >= 1.0,
        "no fork:\n{stats}"
    );
    // The `continue` side is the loop's jump back and nothing else: the
    // fork's exit is pre-linked to the primary itself, with no executor
    // between.
    assert!(!graph.contains("(secondary"), "{graph}");
    let primary = graph
        .lines()
        .find(|l| l.contains("(primary") && l.contains("GUARD_IS_"))
        .unwrap_or_else(|| panic!("no primary with the fork:\n{graph}"));
    let id = primary.trim().split_whitespace().next().expect("node id");
    let self_exit = format!("{id} -> {id} [label=\"exit");
    assert!(graph.contains(&self_exit), "{graph}");
    let exits = numbers(&stats, "exits:");
    assert!(exits[2] > 25000.0, "{stats}");
    assert!(exits[3] < 10.0, "exits to tier 1: {stats}");
}

const TURNING_BRANCH: &str = "
def work(n):
    a = b = c = 0
    for i in range(n):
        if i < 5000:
            a += 1
        else:
            b += 1
        c += 1
    return a, b
assert work(200000) == (5000, 195000)
print('ok')
";

#[test]
fn a_hot_side_exit_gets_linked_and_no_longer_returns_to_tier_1() {
    // The loop is projected while the branch always goes one way (no
    // fork); then it always goes the other way, out of the guard's exit.
    // (The statement after the `if` gives the loop one back edge.)
    let (out, stats) = run(
        "turning",
        TURNING_BRANCH,
        &[
            "--stats",
            "-X",
            "jit_loop_threshold=64",
            "-X",
            "jit_exit_threshold=16",
        ],
    );
    assert_eq!(out, "ok\n");
    assert!(numbers(&stats, "links made:")[0] >= 1.0, "{stats}");
    let exits = numbers(&stats, "exits:");
    // 195000 iterations take the exit: all but a few through the link.
    assert!(exits[2] > 190000.0, "{stats}");
    assert!(exits[3] < 100.0, "exits to tier 1: {stats}");
}

#[test]
fn returns_to_tier_1_are_reported_by_cause() {
    // The side exit is linked late (at the highest threshold), so most
    // iterations after the turn return to tier 1 through it.
    let (out, stats) = run(
        "unlinked",
        TURNING_BRANCH,
        &[
            "--stats",
            "-X",
            "jit_loop_threshold=64",
            "-X",
            "jit_exit_threshold=65535",
        ],
    );
    assert_eq!(out, "ok\n");
    let to_tier1 = numbers(&stats, "exits:")[3];
    // to tier 1 from: CAUSE N, CAUSE N, ...
    let line = stats
        .lines()
        .find(|l| l.starts_with("to tier 1 from:"))
        .unwrap_or_else(|| panic!("no causes in:\n{stats}"));
    let causes: Vec<(&str, f64)> = line["to tier 1 from:".len()..]
        .split(", ")
        .filter_map(|c| {
            let (name, n) = c.trim().rsplit_once(' ')?;
            Some((name, n.parse().ok()?))
        })
        .collect();
    assert_eq!(causes.iter().map(|c| c.1).sum::<f64>(), to_tier1, "{stats}");
    assert_eq!(causes[0].0, "exit not linked", "{stats}");
    assert!(causes[0].1 > 100000.0, "{stats}");
}

const DEEP_CALLS: &str = "
def f6(x):
    return x + 1
def f5(x):
    return f6(x) + 1
def f4(x):
    return f5(x) + 1
def f3(x):
    return f4(x) + 1
def f2(x):
    return f3(x) + 1
def f1(x):
    return f2(x) + 1
def work(n):
    t = 0
    for i in range(n):
        t += f1(i)
    return t
assert work(30000) == 30000 * 29999 // 2 + 6 * 30000
print('ok')
";

/// Run `src` as [`runs_in_tier_2`] does: no path ends at a call (every
/// call in its loops is followed).
fn follows_every_call(name: &str, src: &str, share: f64) {
    let stats = runs_in_tier_2(name, src, share);
    assert!(!stats.contains("end of path at CALL"), "{stats}");
}

#[test]
fn a_loop_follows_calls_six_deep() {
    follows_every_call("deep_calls", DEEP_CALLS, 95.0);
}

const TWO_CALLERS: &str = "
def inner(n):
    t = 0
    for i in range(n):
        t += i
    return t

def a(k):
    return inner(3) + k

def b(k):
    return inner(4) * k

def main(n):
    s = 0
    for j in range(n):
        if j % 2:
            s += a(j)
        else:
            s += b(j)
    return s

n = 40000
assert main(n) == sum(3 + j if j % 2 else 6 * j for j in range(n))
print('ok')
";

#[test]
fn a_return_into_another_caller_links_to_an_executor_for_it() {
    // The inner loop's trace returns into the caller it was made in;
    // half the time the caller is the other function, whose executor
    // (made from the return) the guard's exit links to.
    let stats = runs_in_tier_2("two_callers", TWO_CALLERS, 98.0);
    assert!(!stats.contains("GUARD_CALLER failed"), "{stats}");
    assert!(numbers(&stats, "exits:")[3] < 5000.0, "{stats}");
}

const COMPREHENSIONS: &str = "
def work(n, k):
    total = 0
    for i in range(n):
        row = [j * k + i for j in range(4)]
        total += row[-1]
    return total
assert work(50000, 3) == 50000 * 9 + 50000 * 49999 // 2
print('ok')
";

#[test]
fn a_comprehension_in_a_loop_runs_in_its_trace() {
    // Each lap makes a new function for the comprehension: the trace
    // follows the call by the function's code.
    follows_every_call("comprehensions", COMPREHENSIONS, 98.0);
}

const CALLED_OBJECTS: &str = "
class Spline:
    def __init__(self, k):
        self.k = k
    def __call__(self, u, v=1):
        d = [self.k * j for j in range(3)]
        for j in range(2, 0, -1):
            d[j] = d[j - 1] * u + d[j] * v
        return d[2]

def main(n):
    s = Spline(3)
    t = 0
    for i in range(n):
        t += s(i % 100)
    return t

assert main(20000) == 3090000, main(20000)
print('ok')
";

#[test]
fn a_call_of_an_object_with_a_call_method_runs_in_its_trace() {
    // `s(u)` calls the class's `__call__`: tier 1 specializes the call
    // and the trace follows it, loops inside and all.
    follows_every_call("called_objects", CALLED_OBJECTS, 95.0);
}

const MUTATIONS: &str = "
K = 1
def bump(n):
    global K
    t = 0
    for i in range(n):
        t += K
        if i == n // 2:
            K = 10
    return t
assert bump(10000) == 5001 * 1 + 4999 * 10, bump
K = 1

def use_len(n):
    t = 0
    for i in range(n):
        t += len('abc')
    return t
assert use_len(3000) == 9000
import builtins
real_len = builtins.len
builtins.len = lambda s: 7
assert use_len(3000) == 21000
builtins.len = real_len

class C:
    def m(self):
        return 1
def call_m(n):
    c = C()
    t = 0
    for i in range(n):
        t += c.m()
        if i == n // 2:
            C.m = lambda self: 2
    return t
assert call_m(10000) == 5001 + 4999 * 2
print('ok')
";

#[test]
fn mutating_a_global_a_builtin_or_a_class_mid_loop_invalidates() {
    let (out, stats) = run(
        "mutations",
        MUTATIONS,
        &["--stats", "-X", "jit_loop_threshold=16"],
    );
    assert_eq!(out, "ok\n");
    assert!(
        numbers(&stats, "links made:")[1] >= 2.0,
        "invalidations: {stats}"
    );
}

const COUNTING_GLOBAL: &str = "
EMPTY = 0
BLACK = 2
STAMP = 0
def work(n):
    global STAMP
    board = [EMPTY, BLACK] * 50
    count = 0
    for i in range(n):
        STAMP += 1
        if board[i % 100] == BLACK:
            count += 1
    return count
assert work(100000) == 50000
assert STAMP == 100000
print('ok')
";

#[test]
fn a_global_assigned_every_iteration_leaves_the_others_constant() {
    let (out, stats, graph) = run_with_dump("counting_global", COUNTING_GLOBAL);
    assert_eq!(out, "ok\n");
    // STAMP's stores invalidate what took it for a constant until it is
    // volatile; then it is loaded from its entry, unguarded (the keys do
    // not change), and BLACK stays a constant.
    let invalidations = numbers(&stats, "links made:")[1];
    assert!(
        (1.0..=stitch_tier2::VOLATILE_AFTER as f64).contains(&invalidations),
        "{stats}"
    );
    assert!(graph.contains("LOAD_GLOBAL_MODULE"), "{graph}");
    assert!(!graph.contains("GUARD_GLOBALS_VERSION"), "{graph}");
    let t2 = numbers(&stats, "instructions in tier 2:");
    assert!(t2[3] > 90.0, "{stats}");
}

const TYPE_CHANGES: &str = "
def work(items):
    acc = items[0]
    for x in items[1:]:
        acc = acc + x
    return acc
ints = list(range(3000))
assert work(ints) == sum(ints)
mixed = ints[:1500] + [0.5] * 1500
assert work(mixed) == sum(ints[:1500]) + 750.0
strs = ['a'] * 3000
assert work(strs) == 'a' * 3000
print('ok')
";

#[test]
fn types_changing_mid_loop_stay_correct() {
    let (out, _) = run(
        "types",
        TYPE_CHANGES,
        &["-X", "jit_loop_threshold=8", "-X", "jit_exit_threshold=4"],
    );
    assert_eq!(out, "ok\n");
}

const SELF_LOOP: &str = "
def work(n):
    t = 0
    i = 0
    while i < n:
        if i % 3:
            t += 1
        i += 1
    return t
assert work(30000) == 20000
print('ok')
";

#[test]
fn chains_of_executors_make_progress() {
    // Thresholds of 1: every exit is linked the first time it is taken,
    // including exits whose target is their own loop's head.
    for seed in ["1", "2", "3"] {
        let (out, _) = run(
            "self_loop",
            SELF_LOOP,
            &[
                "-X",
                "jit_loop_threshold=1",
                "-X",
                "jit_exit_threshold=1",
                "-X",
                &format!("jit_warmup={seed}"),
            ],
        );
        assert_eq!(out, "ok\n");
    }
}

const CHURN: &str = "
import sys
K = 0
def work(n):
    global K
    t = 0
    for i in range(n):
        t += K
    return t
rounds = int(sys.argv[1])
for r in range(rounds):
    # A fresh function each round: a new loop to optimize...
    exec('def f(n):\\n    t = 0\\n    for i in range(n):\\n        t += i\\n    return t', globals())
    assert f(100) == 4950
    # ...and a global that changes, invalidating what depends on it.
    work(50)
    K = r
print('ok')
";

#[test]
fn memory_stays_bounded_while_a_program_keeps_invalidating() {
    let (out, stats) = run(
        "churn",
        CHURN.replace("sys.argv[1]", "'20000'").as_str(),
        &["--stats", "-X", "jit_loop_threshold=8"],
    );
    assert_eq!(out, "ok\n");
    let made = numbers(&stats, "executors made:");
    // executors made: M in T trees; live now L (B bytes), at most X (Y bytes)
    let (total, live_max) = (made[0], made[4]);
    assert!(total > 5000.0, "{stats}");
    assert!(
        live_max <= stitch_tier2::MAX_LIVE_EXECUTORS as f64,
        "{stats}"
    );
    let sweeps = numbers(&stats, "links made:");
    assert!(sweeps[2] >= 1.0, "no sweep: {stats}");
}

const GENERATOR_IN_SUM: &str = "
def squares(n):
    for i in range(n):
        yield i * i
total = 0
for _ in range(20):
    total += sum(squares(5000)) + sum(x * 3 for x in range(5000))
assert total == 20 * (4999 * 5000 * 9999 // 6 + 3 * 4999 * 5000 // 2)
print('ok')
";

#[test]
fn a_generator_run_by_a_builtin_yields_from_tier_2() {
    // sum() takes each value the generator's trace yields without leaving
    // it (YIELD_TO_SINK). (tests/py/gen_sink_loops.py checks consumers that
    // stop early or fail.)
    stays_in_tier_2("generator_in_sum", GENERATOR_IN_SUM, 90.0);
}

/// As `runs_in_tier_2`, and it exits to tier 1 less than once per 1000
/// instructions.
fn stays_in_tier_2(name: &str, src: &str, share: f64) {
    let stats = runs_in_tier_2(name, src, share);
    // exits: C cold (H hot), L through links, T to tier 1 (R per 1000 instructions)
    let exits = numbers(&stats, "exits:");
    assert!(
        exits[5] < 1.0,
        "exits to tier 1 per 1000: {}\n{stats}",
        exits[5]
    );
}

const NESTED_LOOPS: &str = "
def work(rows, cols):
    total = 0
    for r in range(rows):
        acc = 0
        for c in range(cols):
            acc += r * c
        total += acc % 7
    return total
assert work(40000, 6) == sum((r * 15) % 7 for r in range(40000))
print('ok')
";

#[test]
fn the_end_of_an_inner_loop_links_back_into_tier_2() {
    // The inner loop's end is its executor's first instruction; once the
    // loop has gone round, that exit is linked (to the code after the
    // loop, which runs on into the outer loop's executor), so tier 1 is
    // left behind for good.
    stays_in_tier_2("nested_loops", NESTED_LOOPS, 99.0);
}

const SCHEDULER: &str = "
class Task:
    def __init__(self, n):
        self.n = n
    def step(self, k):
        return self.run(self.n + k)
class Add(Task):
    def run(self, x):
        return x + 1
class Double(Task):
    def run(self, x):
        return x * 2
class Neg(Task):
    def run(self, x):
        return -x
def schedule(tasks, rounds):
    total = 0
    for i in range(rounds):
        t = tasks[i % 3]
        total += t.step(i)
    return total
tasks = [Add(1), Double(2), Neg(3)]
assert schedule(tasks, 60000) == sum(
    [i + 2, (i + 2) * 2, -(i + 3)][i % 3] for i in range(60000))
print('ok')
";

#[test]
fn a_call_site_serving_several_methods_stays_in_tier_2() {
    // `self.run` sees three classes. The trace of the loop follows one;
    // the exit for the others starts a tree at the call, which goes on
    // after the method returns into `step`'s caller (guarded), and whose
    // first instruction, failing for a third class, links to a newer
    // executor made for it.
    stays_in_tier_2("scheduler", SCHEDULER, 99.0);
}

const SHORT_GENERATORS: &str = "
def norm(row):
    return sum(x * x for x in row)
rows = [list(range(i % 8)) for i in range(200)]
t = 0
for k in range(300):
    for r in rows:
        t += norm(r)
assert t == 300 * sum(sum(x * x for x in r) for r in rows)
print('ok')
";

#[test]
fn a_generator_run_by_a_builtin_starts_in_tier_2() {
    // Each `sum()` runs a new generator from the start of its code; its
    // loop's executor is entered only at the back edge, after the first
    // item. Once such beginnings are hot, an executor made from the start
    // of the code takes the first item too (82.5% in tier 2 without it).
    runs_in_tier_2("short_generators", SHORT_GENERATORS, 95.0);
}

const GENERATOR_LOOPS: &str = "
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def work(n):
    total = 0
    for v in count(n):
        total += v
    for v in evens(count(n)):
        total -= v
    return total
assert work(100000) == sum(range(1, 100000, 2))
print('ok')
";

#[test]
fn a_loop_over_a_generator_runs_the_generator_in_its_trace() {
    // The loops' heads resume generators (FOR_ITER_GEN): their traces go
    // on into the generator's frame, round its loop (twice for a filter
    // that skips an item) and back with what it yields. Without that,
    // nothing here ran in tier 2.
    stays_in_tier_2("generator_loops", GENERATOR_LOOPS, 95.0);
}

const YIELD_IN_INNER_LOOP: &str = "
def walk(n):
    cyc = [0] * n
    while True:
        for i in range(n):
            cyc[i] += 1
            if cyc[i] < 4:
                yield i
                break
            cyc[i] = 0
        else:
            return
def work(n):
    total = 0
    for i in walk(n):
        total += i
    return total
assert work(9) > 0
print('ok')
";

#[test]
fn a_generator_yielding_from_an_inner_loop_yields_back_into_the_trace() {
    // The loop's trace leaves inside the generator when its inner loop
    // goes round more often than the trace does; the region made there
    // (in the generator's frame) goes on through the yield into the loop
    // that resumed it, guarded (GUARD_CALLER), instead of tier 1 running
    // every such item.
    stays_in_tier_2("yield_in_inner_loop", YIELD_IN_INNER_LOOP, 90.0);
}

const MIXED_LOOP: &str = "
import math
class P:
    def __init__(self, x):
        self.x = x
        self.y = 0.0
def work(n):
    ps = [P(float(i)) for i in range(8)]
    total = 0.0
    count = 0
    for i in range(n):
        p = ps[i % 8]
        p.y = math.sqrt(p.x) * 1.5 + len(ps)
        total += p.y / (i + 1)
        count += abs(-i) // 7
    return total, count
total, count = work(60000)
assert count == sum(i // 7 for i in range(60000))
print('ok')
";

#[test]
fn chains_of_handlers_do_not_nest() {
    // Handlers go on to the next uop (and through linked exits into the
    // next executor) by tail calls. Where the compiler cannot make one
    // (a body passing a local's address to a call) the chain nests a
    // frame per such uop per lap, and its returns at the end overflow the
    // processor's return predictor. Calls to built-ins, float arithmetic
    // and attribute stores are such bodies, run out of line (before they
    // were, this loop's chains went 10496 bytes deep; now 160).
    let stats = runs_in_tier_2("mixed_loop", MIXED_LOOP, 90.0);
    let deepest = numbers(&stats, "deepest chain of handlers:")[0];
    // Debug builds make no tail calls (and take no laps or links in handlers).
    if !cfg!(debug_assertions) {
        assert!(deepest < 2048.0, "{deepest} bytes deep:\n{stats}");
    }
}

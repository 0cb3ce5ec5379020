//! Memory behaviour: reference counting plus the cycle collector keep the
//! heap bounded for a program that makes cyclic garbage for millions of
//! iterations, and `__del__` runs (deferred) for collected objects.

use std::process::{Command, Stdio};

/// Peak resident memory of a finished child, in KiB, via wait4(2).
fn run_peak_kib(name: &str, src: &str, arg: &str) -> (i32, String, i64) {
    #[repr(C)]
    struct Timeval {
        sec: i64,
        usec: i64,
    }
    #[repr(C)]
    struct Rusage {
        utime: Timeval,
        stime: Timeval,
        maxrss: i64,
        rest: [i64; 13],
    }
    unsafe extern "C" {
        fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    }
    // A directory per run (tests run in parallel), removed afterwards.
    let dir = std::env::temp_dir().join(format!("stitch-mem-{}-{name}-{arg}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, src).expect("write program");
    let out_path = dir.join(format!("{name}-{arg}.out"));
    let out_file = std::fs::File::create(&out_path).expect("output file");
    let child = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .arg(&path)
        .arg(arg)
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn stitch");
    let mut status = 0i32;
    let mut ru = Rusage {
        utime: Timeval { sec: 0, usec: 0 },
        stime: Timeval { sec: 0, usec: 0 },
        maxrss: 0,
        rest: [0; 13],
    };
    // SAFETY: waiting for our own child; the kernel fills `status` and `ru`.
    let r = unsafe { wait4(child.id() as i32, &mut status, 0, &mut ru) };
    assert_eq!(r, child.id() as i32, "wait4 failed");
    let code = (status >> 8) & 0xff;
    let out = std::fs::read_to_string(&out_path).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    (code, out, ru.maxrss)
}

const CYCLES: &str = r#"
import sys
class Node:
    def __init__(self, i):
        self.i = i
        self.other = None
n = int(sys.argv[1])
total = 0
for i in range(n):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    l = [a, b]
    l.append(l)
    d = {"self": None}
    d["self"] = d
    total += a.other.i - i
print(total)
"#;

#[test]
fn cyclic_garbage_keeps_peak_memory_flat() {
    let (code_small, out_small, peak_small) = run_peak_kib("cycles", CYCLES, "200000");
    let (code_big, out_big, peak_big) = run_peak_kib("cycles", CYCLES, "3000000");
    assert_eq!((code_small, out_small.trim()), (0, "200000"));
    assert_eq!((code_big, out_big.trim()), (0, "3000000"));
    // 15x the garbage, about the same peak: the collector reclaims cycles.
    assert!(
        peak_big < 64 * 1024,
        "peak {peak_big} KiB for 3M iterations"
    );
    assert!(
        peak_big < peak_small * 2,
        "peak grew from {peak_small} KiB to {peak_big} KiB"
    );
}

#[test]
fn finalizers_run_for_collected_cycles() {
    let src = r#"
import gc
log = []
class R:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(self.name)
for i in range(3):
    R("r%d" % i)
gc.collect()
print(sorted(log))
"#;
    let (code, out, _) = run_peak_kib("finalizers", src, "0");
    assert_eq!((code, out.trim()), (0, "['r0', 'r1', 'r2']"));
}

#!/usr/bin/env python3
"""Time programs under Stitch, CPython 3.11 and PyPy (if present); print
median times and Stitch's speedup relative to CPython. A stopgap until the
benchmark harness lands.

    python3 bench/compare.py [--runs N] PROGRAM.py[=ARG]...

`=ARG` passes a size argument to the program. STITCH overrides the binary.
"""
import os, shutil, statistics, subprocess, sys, time

def main():
    args = sys.argv[1:]
    runs = 5
    if args[:1] == ["--runs"]:
        runs = int(args[1]); args = args[2:]
    progs = [a for a in args if a.endswith(".py") or ".py=" in a]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # Resolve version-manager shims to the real interpreter: a shim's own
    # start-up (tens of ms) would otherwise be charged to CPython.
    real = subprocess.run(["python3.11", "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True).stdout.strip() or "python3.11"
    cmds = [[os.environ.get("STITCH", os.path.join(root, "target/release/stitch"))], [real]]
    if shutil.which("pypy3"):
        cmds.append(["pypy3"])
    print(f"{'program':<22}" + "".join(f"{os.path.basename(c[0]):>14}" for c in cmds) + "   speedup vs CPython")
    for p in progs:
        meds, outs = [], set()
        for c in cmds:
            ts = []
            for _ in range(runs):
                t = time.perf_counter()
                path, _, arg = p.partition("=")
                r = subprocess.run(c + [path] + ([arg] if arg else []), capture_output=True)
                ts.append(time.perf_counter() - t)
                outs.add(r.stdout)
            meds.append(statistics.median(ts))
        flag = "" if len(outs) == 1 else "  OUTPUTS DIFFER"
        print(f"{os.path.basename(p):<22}" + "".join(f"{m:>13.3f}s" for m in meds) + f"   {meds[1]/meds[0]:.2f}x{flag}")

main()

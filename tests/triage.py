#!/usr/bin/env python3
"""Move corpus programs between tests/py/ (must pass) and tests/wishlist/
(known failures), by running them under a Stitch binary.

    python3 tests/triage.py [--binary target/release/stitch] [--dry-run] [-- MODE_ARGS...]

A program in tests/py/ that fails moves to tests/wishlist/; one in
tests/wishlist/ that passes moves back. Its .out/.status/.in files move
with it. Comparison is the harness's: stdout, exit status, final error
line (class only for syntax errors) and the innermost line number.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))


def expected(py):
    base = py[:-3]
    with open(base + ".out", "rb") as f:
        out = f.read()
    exit_code, error, line = 0, None, None
    with open(base + ".status") as f:
        for l in f.read().splitlines():
            if l.startswith("exit "):
                exit_code = int(l[5:])
            elif l.startswith("error "):
                error = l[6:]
            elif l.startswith("line "):
                line = int(l[5:])
    return out, exit_code, error, line


def passes(binary, py, mode_args):
    out, code, error, line = expected(py)
    base = py[:-3]
    stdin = open(base + ".in", "rb") if os.path.exists(base + ".in") else subprocess.DEVNULL
    try:
        r = subprocess.run([binary, *mode_args, os.path.basename(py)], cwd=os.path.dirname(py),
                           stdin=stdin, capture_output=True, timeout=120,
                           env={**os.environ, "PYTHONHASHSEED": "0",
                                # wishlist programs import helper modules from tests/py
                                "PYTHONPATH": os.path.join(ROOT, "py")})
    except subprocess.TimeoutExpired:
        return False
    if r.stdout != out or r.returncode != code:
        return False
    err = r.stderr.decode("utf-8", "replace")
    if "panicked" in err:
        return False
    if error is not None:
        lines = [l for l in err.splitlines() if l.strip()]
        got = lines[-1] if lines else ""
        kind = error.split(":")[0]
        if kind in ("SyntaxError", "IndentationError", "TabError"):
            if got.split(":")[0] != kind:
                return False
        elif got != error:
            return False
        if line is not None:
            name = os.path.basename(py)
            found = re.findall(re.escape(name) + r'", line (\d+)', err)
            if not found or int(found[-1]) != line:
                return False
    return True


def move(py, dest_dir, dry):
    base = py[:-3]
    for ext in (".py", ".out", ".status", ".in"):
        src = base + ext
        if os.path.exists(src):
            dst = os.path.join(dest_dir, os.path.basename(src))
            print(("would move " if dry else "move ") + os.path.relpath(src, ROOT) + " -> " + os.path.relpath(dst, ROOT))
            if not dry:
                shutil.move(src, dst)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "..", "target", "release", "stitch"))
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("mode_args", nargs="*")
    a = ap.parse_args()
    a.binary = os.path.abspath(a.binary)
    py_dir, wish_dir = os.path.join(ROOT, "py"), os.path.join(ROOT, "wishlist")
    os.makedirs(wish_dir, exist_ok=True)
    def programs(d):
        return sorted(os.path.join(d, f) for f in os.listdir(d)
                      if f.endswith(".py") and not f.startswith("mod_"))
    demoted = promoted = 0
    for py in programs(py_dir):
        if not passes(a.binary, py, a.mode_args):
            move(py, wish_dir, a.dry_run)
            demoted += 1
    for py in programs(wish_dir):
        if passes(a.binary, py, a.mode_args):
            move(py, py_dir, a.dry_run)
            promoted += 1
    print(f"{demoted} moved to wishlist, {promoted} promoted; "
          f"{len(programs(py_dir))} in tests/py, {len(programs(wish_dir))} in tests/wishlist")


if __name__ == "__main__":
    sys.exit(main())

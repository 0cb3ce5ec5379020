#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the differential test corpus.

Usage:
    python3.11 tests/regen.py [--check] [NAMES...]

For every program ``tests/py/*.py`` and ``tests/wishlist/*.py`` (or only the
programs named on the command line), run ``python3.11 NAME.py`` and record:

* ``NAME.out``    -- the exact bytes the program wrote to stdout;
* ``NAME.status`` -- text, first line ``exit N`` (the exit status).  When N is
  not 0 and stderr ends with a traceback / exception line, a line
  ``error <last non-empty line of stderr>`` follows (e.g.
  ``error ValueError: bad value``), and, if stderr mentions
  ``File "<this program>", line N``, a line ``line N`` with the LAST such line
  number (the innermost frame that is in this file; for a SyntaxError the
  number comes from the ``File "...", line N`` header).

Files named ``mod_*.py`` are helper modules imported by the tests; they are
SKIPPED (never run as programs, and have no .out/.status).

Each program runs with the program's directory as cwd, stdin from ``NAME.in``
when that file exists (else /dev/null), a 60 s timeout, and an environment with
every ``PYTHON*`` variable removed and then ``PYTHONHASHSEED=0``,
``PYTHONDONTWRITEBYTECODE=1`` (no __pycache__ in the tree) and
``PYTHONIOENCODING=utf-8`` set.

NAMES may be program names with or without ``.py`` and with or without a
directory (``int_pow``, ``int_pow.py``, ``tests/py/int_pow.py``).

``--check`` writes nothing: it reruns the programs and compares with the
committed .out/.status files, printing a diff summary for each mismatch, and
exits 1 if anything differs or is missing.

The interpreter can be overridden with the environment variable
``REGEN_PYTHON`` (default ``python3.11``); the expected outputs are defined
as CPython 3.11's.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = [os.path.join(HERE, "py"), os.path.join(HERE, "wishlist")]
PYTHON = os.environ.get("REGEN_PYTHON", "python3.11")
TIMEOUT = 60

# The last line of a traceback: "Name: message", "Name" or "pkg.mod.Name: msg".
EXC_LINE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(: .*)?$")
FILE_LINE = re.compile(r'^\s*File "(.*)", line (\d+)')


def discover(names):
    progs = []
    for d in DIRS:
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".py") and not fn.startswith("mod_"):
                progs.append(os.path.join(d, fn))
    if not names:
        return progs
    by_name = {}
    for p in progs:
        by_name.setdefault(os.path.basename(p)[:-3], []).append(p)
    chosen = []
    for n in names:
        base = os.path.basename(n)
        if base.endswith(".py"):
            base = base[:-3]
        if base.startswith("mod_"):
            print(f"skipping helper module {n}")
            continue
        if base not in by_name:
            print(f"no such program: {n}", file=sys.stderr)
            sys.exit(2)
        chosen.extend(by_name[base])
    return chosen


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def status_text(path, rc, stderr):
    lines = [f"exit {rc}"]
    if rc != 0:
        text = stderr.decode("utf-8", "replace")
        err_lines = [l for l in text.splitlines() if l.strip()]
        is_traceback = "Traceback (most recent call last):" in text
        has_header = any(FILE_LINE.match(l) for l in err_lines)
        if err_lines and (is_traceback or has_header) and EXC_LINE.match(err_lines[-1]):
            lines.append("error " + err_lines[-1])
            me = os.path.realpath(path)
            last = None
            for l in err_lines:
                m = FILE_LINE.match(l)
                if m:
                    f = m.group(1)
                    if not os.path.isabs(f):
                        f = os.path.join(os.path.dirname(path), f)
                    if os.path.realpath(f) == me:
                        last = m.group(2)
            if last is not None:
                lines.append(f"line {last}")
    return "\n".join(lines) + "\n"


def run(path):
    d = os.path.dirname(path)
    stem = path[:-3]
    inp = stem + ".in"
    stdin = open(inp, "rb") if os.path.exists(inp) else subprocess.DEVNULL
    try:
        p = subprocess.run(
            [PYTHON, os.path.basename(path)],
            cwd=d,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, None
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return p.stdout, status_text(path, p.returncode, p.stderr)


def read(path, mode):
    try:
        with open(path, mode) as f:
            return f.read()
    except FileNotFoundError:
        return None


def rel(path):
    return os.path.relpath(path, os.path.dirname(HERE))


def main():
    args = sys.argv[1:]
    check = "--check" in args
    names = [a for a in args if a != "--check"]
    progs = discover(names)
    bad = 0
    for path in progs:
        stem = path[:-3]
        out, status = run(path)
        if out is None:
            print(f"TIMEOUT {rel(path)}")
            bad += 1
            continue
        first = status.splitlines()[0]
        extra = " | ".join(status.splitlines()[1:])
        nlines = out.count(b"\n")
        desc = f"{first}{' | ' + extra if extra else ''}, {nlines} lines"
        # leaking the program's path makes outputs machine-dependent
        leak = os.path.dirname(os.path.abspath(path)).encode()
        if leak in out or leak.decode() in status:
            print(f"WARNING {rel(path)}: output contains its own path")
            bad += 1
        if check:
            old_out = read(stem + ".out", "rb")
            old_status = read(stem + ".status", "r")
            if old_out != out or old_status != status:
                bad += 1
                why = []
                if old_out is None or old_status is None:
                    why.append("missing expected files")
                else:
                    if old_out != out:
                        ol = old_out.splitlines()
                        nl = out.splitlines()
                        i = next((i for i in range(min(len(ol), len(nl))) if ol[i] != nl[i]),
                                 min(len(ol), len(nl)))
                        why.append(f"stdout differs at line {i + 1}: "
                                   f"expected {ol[i] if i < len(ol) else '<eof>'!r}, "
                                   f"got {nl[i] if i < len(nl) else '<eof>'!r}")
                    if old_status != status:
                        why.append(f"status expected {old_status!r}, got {status!r}")
                print(f"MISMATCH {rel(path)}: " + "; ".join(why))
            else:
                print(f"ok       {rel(path)}  ({desc})")
        else:
            with open(stem + ".out", "wb") as f:
                f.write(out)
            with open(stem + ".status", "w") as f:
                f.write(status)
            print(f"wrote    {rel(path)}  ({desc})")
    verb = "checked" if check else "regenerated"
    print(f"{verb} {len(progs)} programs, {bad} problem(s)")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()

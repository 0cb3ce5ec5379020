# ValueError messages from conversions and builtin functions.
import math
tests = [
    ("int('x')", lambda: int("x")),
    ("int('')", lambda: int("")),
    ("int('1.5')", lambda: int("1.5")),
    ("int('12', 2)", lambda: int("12", 2)),
    ("float('abc')", lambda: float("abc")),
    ("float('')", lambda: float("")),
    ("[].index(1)", lambda: [].index(1)),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("'abc'.index('d')", lambda: "abc".index("d")),
    ("'a'.split('')", lambda: "a".split("")),
    ("a, b = [1]", lambda: exec("a, b = [1]")),
    ("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")),
    ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
    ("range(0, 1, 0)", lambda: range(0, 1, 0)),
    ("chr(-5)", lambda: chr(-5)),
    ("math.sqrt(-4)", lambda: math.sqrt(-4)),
    ("math.log(-1)", lambda: math.log(-1)),
    ("math.acos(2)", lambda: math.acos(2)),
    ("math.isqrt(-1)", lambda: math.isqrt(-1)),
    ("math.factorial(-3)", lambda: math.factorial(-3)),
    ("max([])", lambda: max([])),
    ("min(())", lambda: min(())),
    ("'{}'.format()", lambda: "{0}{1}".format(1)),
    ("format(1, 'Q')", lambda: format(1, "Q")),
    ("'%d' % 'x'", lambda: "%q" % 1),
    ("slice step 0", lambda: [1, 2][::0]),
    ("int(' 1 2 ')", lambda: int(" 1 2 ")),
    ("int('0b2', 0)", lambda: int("0b2", 0)),
    ("complex-ish", lambda: float("1+2j")),
    ("list.index range", lambda: [1, 2, 3].index(3, 0, 2)),
    ("bytes.fromhex", lambda: bytes.fromhex("zz")),
    ("round(nan)", lambda: round(float("nan"))),
    ("str.center", lambda: "x".center(3, "")),
    ("extended slice", lambda: exec("l = [1, 2, 3]\nl[::2] = [1]")),
    ("''.join ok", lambda: "".join([])),
    ("dict seq", lambda: dict(["ab", "cde"])),
    ("int base 1", lambda: int("1", 1)),
    ("pow mod 0", lambda: pow(2, 2, 0)),
    ("negative shift", lambda: 1 >> -1),
    ("ValueError(args)", lambda: (_ for _ in ()).throw(ValueError("a", 1))),
]
for label, fn in tests:
    try:
        r = fn()
        print(label, "=> no error", repr(r))
    except (ValueError, TypeError, IndexError) as e:
        print(label, "=>", type(e).__name__ + ":", e)

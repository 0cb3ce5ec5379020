# Found by stitch-fuzz (seed 1795828801): repeating a sequence past what can
# be allocated raises CPython's MemoryError or OverflowError (it used to abort
# the interpreter with a Rust capacity-overflow panic).
import sys

cases = [
    "[3] * 10**18",
    "[3] * (sys.maxsize // 2)",
    "10**18 * [1, 2]",
    "(3,) * 10**18",
    "'ab' * 10**18",
    "'ab' * (sys.maxsize // 2 + 1)",
    "'x' * (2**62)",
    "b'ab' * 10**18",
    "b'ab' * (sys.maxsize // 2 + 1)",
    "[] * 10**18",
    "'' * 10**18",
    "() * 10**18",
    "[1] * -5",
    "[1, 2] * 3",
    "'ab' * 3",
    "b'ab' * 2",
    "(1,) * 4",
]
for expr in cases:
    try:
        r = eval(expr)
        print(expr, "->", len(r), r if len(r) < 10 else "...")
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__, repr(e))

# In-place repetition and the method forms.
lst = [1, 2]
try:
    lst *= 10**18
except MemoryError as e:
    print("list *=", repr(e), lst)
for name, f, seq in (("list", list.__mul__, [1]), ("tuple", tuple.__mul__, (1,))):
    try:
        f(seq, 10**18)
    except MemoryError as e:
        print(name, "__mul__", repr(e))
ba = bytearray(b"ab")
for attempt in ("ba * 10**18", "ba.__mul__(10**18)"):
    try:
        eval(attempt)
    except MemoryError:
        print(attempt, "-> MemoryError")
try:
    ba *= 10**18
except MemoryError:
    print("bytearray *= -> MemoryError", ba)
print(bytearray(b"xy") * 2)


# `lst *= n` replaces the items; a __del__ of an old item sees the new list.
class Noisy:
    def __del__(self):
        print("del sees", len(holder))


holder = [Noisy()]
holder *= 0
print("after", holder)

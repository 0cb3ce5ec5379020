# None and bool: identity, repr, arithmetic, conversions, hashing.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, not None)
print(True, False, repr(True), str(False), type(True).__name__, type(True).__mro__)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(True + True, True - False, True * 7, True / 4, True // 1, -True, ~True, ~False, abs(-True))
print(True & False, True | False, True ^ True, False ^ True, type(True | False).__name__)
print(True and 3, False or 3, int(True), float(False), str(True).lower())
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool({}), bool(set()), bool(frozenset()), bool(range(0)), bool(range(1)), bool(float("nan")))
print(hash(True), hash(False), hash(None) == hash(None), {True: "a", 1: "b"})
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(True > False, True < 2, sorted([True, False, 2, -1, 0.5]))
print("%d %s %r" % (True, True, False), f"{True} {True:d} {False!r}", format(True, "^6") + "|")
try:
    bool.__new__(bool, 1)
    print("bool new ok")
except TypeError as e:
    print("TypeError:", e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None, bool() is False)
def returns_nothing():
    pass
print(returns_nothing() is None, [None] * 3, (None,) == (None,))
print(True.real, True.bit_length(), True.numerator, (True).conjugate())
print(True * "ab", [0] * True, "x" * False)

# hash() of ints (incl. negatives and huge), floats, strings, tuples, bools, None-free types.
ints = [0, 1, -1, -2, 2, 42, -42, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 61), -(2 ** 64), 10 ** 20, -(10 ** 20), 10 ** 100, 3 ** 100]
for i in ints:
    print("int", i if i < 10 ** 30 else f"big({len(str(i))} digits)", hash(i))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e10, 1e20, 1e100, 1e-100, 3.141592653589793, float("inf"), float("-inf"), 2.0 ** 61, 2.0 ** 70, 123.456]
for f in floats:
    print("float", repr(f), hash(f))
strs = ["", "a", "b", "ab", "ba", "hello", "Hello", "hello world", "é", "日本", "😀", "a" * 100, "PYTHONHASHSEED", "0", " "]
for s in strs:
    print("str", repr(s[:20]), hash(s))
tuples = [(), (1,), (1, 2), (2, 1), (1, 2, 3), ("a", "b"), ((1, 2), 3), (True,), (1.5, -1), ((),), (1, (2, (3, (4,))))]
for t in tuples:
    print("tuple", t, hash(t))
print("bool", hash(True), hash(False))
print("frozenset", hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])))
print("range", hash(range(0)) == hash(range(0)), "bytes", hash(b"abc") == hash("abc") or "bytes hash differs from str")
print(hash(1) == hash(1.0), hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2), hash(0.5) == hash(2 ** 60))
print([hash(i) for i in range(-5, 6)])
print([hash(i / 4) for i in range(-4, 5)])

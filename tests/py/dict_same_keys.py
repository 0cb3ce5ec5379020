# Equal keys of different types (1, 1.0, True) collapse; first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool", 1: "int", 1.0: "float"}
print(d2)
d3 = {1.0: "f"}
d3[1] = "i"
print(d3, type(list(d3)[0]).__name__)
print({0: "a", False: "b", 0.0: "c", -0.0: "d"})
print({2 ** 64: "big", float(2 ** 64): "float big"})
print({"a": 1, "a" + "": 2})
s = {1, 1.0, True}
print(s, len(s))
s2 = {True, 1, 1.0}
print(s2)
s3 = {0.0, 0, False, -0.0}
print(s3)
print(1 in {1.0: None}, True in {1: None}, 1.5 in {1: None})
print({1: "x"}.get(True), {True: "y"}.get(1.0), {(1, 2): "t"}.get((1.0, 2.0)))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(1.5), hash(0.5))
counts = {}
for k in [1, 1.0, True, 2, 2.0, "2"]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(dict.fromkeys([1, True, 1.0, 0, False]))

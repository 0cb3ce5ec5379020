# dict: insertion order, overwrite keeps position, delete and reinsert moves to end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
print(len(d), "mid" in d, "nope" in d, d["beta"])
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[("tuple", 1)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
nums = {i: i * i for i in range(10, 0, -1)}
print(nums)
print(list(nums.keys())[:3], list(nums.values())[-3:])
keys = [3.5, -1, "s", (1, 2), None, True, frozenset({1})]
mixed = {}
for k in keys:
    mixed[k] = repr(k)
print(mixed)
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", range(2))), dict())
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
d2 = {}
for i in range(1000):
    d2[i % 37] = d2.get(i % 37, 0) + i
print(len(d2), d2[0], d2[36], sum(d2.values()))
big = {}
for i in range(2000):
    big[str(i)] = i
for i in range(0, 2000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-3:])
print(repr({"quote'": 'dq"', "nl\n": "\t"}))
rec = {}
rec["me"] = rec
print(rec)

# frozenset: immutability, hashing, mixing with set, as dict keys.
f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5})
print(type(f | {4}).__name__, type({4} | f).__name__, type(f.union([9])).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f.issubset([1, 2, 3]))
print(hash(f) == hash(frozenset({1, 2, 3})), hash(frozenset()) == hash(frozenset([])))
d = {frozenset({"a", "b"}): "ab", frozenset(): "empty"}
print(d[frozenset(["b", "a"])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), frozenset({1}) in nested)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
fs = frozenset("hello")
print(fs, sorted(fs))
print(frozenset(), frozenset(frozenset({1})), frozenset(range(5)))
print(f.copy() == f, f.union() == f, type(f.copy()).__name__)
print({frozenset({1, 2}): 1} == {frozenset({2, 1}): 1})
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(frozenset({"x", "y", "z", "w"}))

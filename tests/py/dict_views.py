# dict views: dynamic, set operations on keys/items, reversed, len, membership.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, "a" in k, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(k & {"b", "x"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"})
print(sorted(k & ["c", "d"]), it & {("c", 3)}, it - {("c", 3)})
print(k == {"b", "c", "d"}, k < {"b", "c", "d", "e"}, k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.values() == d.values())
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": []}.items() & {("a", 1)}
    print("no error")
except TypeError as e:
    print("TypeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(d.keys()), max(d.values()), sum(d.values()), dict(d.items()))
for key, value in d.items():
    print(key, "->", value)
print([(key, d[key]) for key in d.keys()])
e = {}
print(e.keys(), list(e.items()), len(e.values()))
x = {1: "a", 2: "b"}
y = {2: "b", 1: "a"}
print(x.keys() == y.keys(), x.items() == y.items(), list(x.values()) == list(y.values()))
print(set(d) == set(k), frozenset(it))

# dict methods: get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.get("a", "unused"))
print(d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
print(d)
d.update([("p", 1), ("q", 2)])
d.update(a=100)
print(d)
d.update()
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
c["new"] = True
print(d, c, c is d)
inner = {"list": [1]}
shallow = inner.copy()
shallow["list"].append(2)
print(inner)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
lifo = {i: chr(97 + i) for i in range(5)}
while lifo:
    print(lifo.popitem(), end=" ")
print()
inv = {}
for word in "one two three four five six".split():
    inv.setdefault(len(word), []).append(word)
print(inv)
print(sorted(inv.items()), sorted(inv, reverse=True))
class D(dict):
    def __missing__(self, key):
        return f"missing:{key}"
dd = D(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd)
print({"k": 1}.keys(), {"k": 1}.values(), {"k": 1}.items())
print(dict.get({"a": 1}, "a"), len({1: 2, 3: 4}.items()))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

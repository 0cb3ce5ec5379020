# enumerate and zip: start, strict, lazy behaviour, unequal lengths.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip("abc", range(10), (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
pulled = []
def src(name, n):
    for i in range(n):
        pulled.append(f"{name}{i}")
        yield i
print(list(zip(src("a", 3), src("b", 2))), pulled)
z = zip(itera := iter(range(5)), "ab")
print(list(z), list(itera))
print(list(enumerate(zip("ab", "cd"))), [(i, x * y) for i, (x, y) in enumerate(zip([1, 2], [3, 4]), 1)])
try:
    zip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
keys = ["k1", "k2", "k3"]
vals = [10, 20]
print({k: v for k, v in zip(keys, vals)})

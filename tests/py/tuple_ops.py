# Tuples: creation, immutability, methods, hashing, comparison, nesting.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
print((), (1,), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), (1, 2) + (3,), (0,) * 4)
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (1, 2, 1, 2).index(2, 2))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
m = ([1], [2])
m[0].append(99)
print(m)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, "a"): "tuple key"}[(1, "a")])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], (1,) == 1, tuple([1]) == (1,))
x = 1, 2, 3
print(x, 1, 2 == 2)
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]))
print(repr((1,)), repr(("a",)), str((None, True)), repr(((),)))
print(max((3, 1), (2, 9)), min([(2, "b"), (2, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(x * 2 for x in range(4)), tuple(reversed((1, 2, 3))))
t2 = t
t2 += (4,)
print(t, t2, t is t2)
pt = (3, 4)
print("distance", (pt[0] ** 2 + pt[1] ** 2) ** 0.5)
print([divmod(n, 3) for n in range(7)])
print((1, 2, 3).__len__(), (1, 2).__contains__(2), (5,).__getitem__(0))

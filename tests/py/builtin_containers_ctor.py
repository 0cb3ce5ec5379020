# list(), tuple(), dict(), set(), frozenset() constructors from various sources.
src = [3, 1, 2, 1]
print(list(src), tuple(src), set(src), frozenset(src), dict.fromkeys(src))
print(list("héllo"), tuple("ab"), set("aabbc") == {"a", "b", "c"}, sorted(frozenset("xyz")))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), tuple({"k": "v"}.values()))
print(list(range(4)), list(x * 2 for x in range(3)), list(map(str, range(3))), list(zip("ab", "cd")))
print(dict([("a", 1), ["b", 2], "cd"]), dict(zip(range(3), "xyz")), dict(a=1, b=[2]), dict({1: 2}, x=3))
print(dict({"a": 1}.items()), dict(dict(a=1)), dict([]), dict(()))
print(list(), tuple(), set(), frozenset(), dict())
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, l2 is l)
t = (1, 2)
print(tuple(t) == t, frozenset(frozenset([1])) == frozenset([1]))
class It:
    def __iter__(self):
        yield from "iter"
print(list(It()), tuple(It()), set(It()) == set("iter"), dict.fromkeys(It(), 0))
for bad in [lambda: list(5), lambda: tuple(None), lambda: set(1.5), lambda: dict([1, 2]), lambda: dict(["abc"]), lambda: frozenset(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
nested = [[1], [2]]
copy = list(nested)
copy[0].append("shared")
print(nested)

# identity (is / is not) and membership (in / not in) for many containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, bool(0) is False)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "" in "x", "ac" in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(1.0 in [1], True in [1], 1 in [True], 0 in [False], [] in [[]], (1, 2) in [(1, 2)])
print(10 ** 30 in range(10 ** 31), -1 in range(5), 4.0 in range(5), "1" in ["1"])
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, nan == nan)
class Contains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "magic"
co = Contains()
print("magic" in co, "other" in co, "other" not in co)
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(30 in OnlyGetitem(), 35 in OnlyGetitem())
class Truthy:
    def __contains__(self, item):
        return 42
print(1 in Truthy(), type(1 in Truthy()).__name__)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(10))
print(3 in gen, list(gen))
d = {"k": 1}
print("k" in d.keys(), 1 in d.values(), ("k", 1) in d.items(), ("k", 2) in d.items())
s = "hello world"
print([w for w in ["lo", "wor", "xyz", "hello world", "o w"] if w in s])
x = 256
y = 256
print(x == y)

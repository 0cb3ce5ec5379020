# sorted and reversed on many iterable types.
print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted(["b", "A", "c"]))
print(sorted([(1, "b"), (1, "a"), (0, "c")]), sorted([[3], [1, 2], [1]]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print("".join(reversed("stressed")), list(reversed([])), type(reversed([])).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
lst = [5, 3, 8]
s = sorted(lst)
print(s, lst, s is lst)
print(sorted([-1, 3, -2, 0], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(sorted([0.5, -1, 2, 1.5, True]), sorted([], reverse=True), sorted("Hello World".split(), key=lambda w: w[1]))
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
print(sorted(map(lambda x: x % 7, range(20))))

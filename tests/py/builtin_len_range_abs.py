# len, range, abs on many types.
for obj in ["", "abc", "日本語", [], [1, [2, 3]], (), (1,), {}, {"a": 1}, set(), {1, 2}, frozenset("aab"), range(10), range(0, 10, 3), b"bytes", {1: 2}.keys()]:
    print(repr(obj), len(obj))
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False), abs(-10 ** 30), abs(float("-inf")))
class A:
    def __abs__(self):
        return "custom abs"
    def __len__(self):
        return 7
print(abs(A()), len(A()))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(5, 0, -1)), list(range(-2, 2)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(5, 5)), len(range(10, 0)))
s = 0
for i in range(len("hello")):
    s += i
print(s)
print([abs(x) for x in range(-3, 4)], sum(abs(x) for x in [-1.5, 2, -3]))

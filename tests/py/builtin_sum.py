# sum with ints, floats, start values, iterables, and errors.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.5]), sum([True, True, False]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([1e100, 1, -1e100]))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum({1, 2, 3}), sum(iter([4, 5])))
print(sum([10 ** 20, 10 ** 20]), sum([2 ** 63, 2 ** 63]), sum([-1] * 1000), sum(range(-10, 11)))
print(sum([1, 2, 3], start=100), sum([], start=5.5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Num({self.v})"
print(sum([Num(1), Num(2), Num(3)]), sum([Num(1)], Num(100)))
total = 0.0
for i in range(1, 10001):
    total += 1 / i
print(total, sum(1 / i for i in range(1, 10001)))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), sum([1, 1e-16, -1]))

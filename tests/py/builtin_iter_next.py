# iter() with one and two arguments; next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
print(iter(it) is it, type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__)
print(type(iter({})).__name__, type(iter({1})).__name__, type(iter({}.items())).__name__)
data = [5, 3, 0, 7, 0]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(list(iter(reader, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
s = iter("xyz")
print(list(zip(s, s)), next(s, "-"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
r = iter(range(3))
print(sum(r), sum(r))
class Sentinelish:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * self.n
print(list(iter(Sentinelish(), 49)))
nums = iter(range(10))
firsts = [next(nums) for _ in range(3)]
print(firsts, list(nums))

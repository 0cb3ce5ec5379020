# Iterator protocol: __iter__/__next__, iterables vs iterators, old-style __getitem__ iteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(9)
print(list(r), list(r), sum(r), max(r), 4 in r, 5 in r)
for a, b in zip(Range2(6), Countdown(10)):
    print("zip pair", a, b)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return "abcd"[i] * (i + 1)
print(list(Seq()), "ccc" in Seq(), [x.upper() for x in Seq()])
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(1000)))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip(Countdown(3), Seq())), set(Countdown(4)), tuple(Countdown(2)))
print(", ".join(map(str, Countdown(4))), sorted(Countdown(5)), list(enumerate(Countdown(2), 1)))
class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("payload")
print(list(StopsWithValue()))

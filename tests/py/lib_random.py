# Differential test of the random module: same seeds must give CPython 3.11's
# exact sequences.
import random


def err(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


seeds = [0, 1, 42, -42, 12345, 2**32 - 1, 2**32, 2**100, -(2**100), 3**200,
         "", "hello", "héllo wörld", b"", b"spam", b"eggs",
         1.5, -2.5, 0.0, True, "x" * 200]
for s in seeds:
    random.seed(s)
    print(repr(s)[:40], [random.random() for _ in range(3)],
          random.getrandbits(7), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(100), random.randrange(10), random.randint(-5, 5))

# version=1 string seeds
for s in ["abc", b"abc", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

# long run across several twists
random.seed(7)
acc = 0
for i in range(5000):
    acc ^= random.getrandbits(32)
print("acc", acc, random.random())
random.seed(7)
print([random.random() for _ in range(400)][-3:])
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(64),
      random.getrandbits(1000))

# Random instances are independent
r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random("42")
print(r1.random(), r2.random(), r3.random())
print(r1.random() == r2.random())
random.seed(42)
print(random.random() == random.Random(42).random())

# randbytes
random.seed(3)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(17))

# randrange variants
random.seed(99)
print([random.randrange(100) for _ in range(10)])
print([random.randrange(5, 50) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print(random.randrange(2**200), random.randrange(-2**70, 2**70, 3))
print([random.randint(1, 6) for _ in range(20)])
print(random.randrange(1), random.randint(5, 5), random.randrange(True, 10))

# errors
err(random.randrange, 3, 3)
err(random.randrange, 5, 3)
err(random.randrange, 0)
err(random.randrange, -3)
err(random.randrange, 3, 10, 0)
err(random.randrange, 10, 3, 2)
err(random.randrange, 3.5)
err(random.randrange, 0, 3.5)
err(random.randrange, 0, 10, 1.5)
err(random.randrange, "a")
err(random.randrange, 0, "b")
err(random.randrange, 10, None, 2)
err(random.randint, 5, 3)
err(random.getrandbits, -1)
err(random.choice, [])
err(random.choice, "")
err(random.sample, [1, 2, 3], 4)
err(random.sample, [1, 2, 3], -1)
err(random.sample, {1, 2, 3}, 2)
err(random.sample, [1, 2], 1, counts=[1])
err(random.sample, [1, 2], 1, counts=[0, 0])
err(random.sample, [1, 2], 1, counts=[1.0, 2.0])
err(random.choices, [1, 2], [1])
err(random.choices, [1, 2], [0, 0])
err(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
err(random.choices, [1, 2], 3)
err(random.choices, [1, 2], [1, float("inf")])
err(random.seed, (1, 2))
err(random.seed, [1])
err(random.gammavariate, 0, 1)
err(random.gammavariate, 1, -1)
err(random.setstate, (5, (), None))
err(random.setstate, (3, (1, 2), None))
err(random.setstate, (3, [0] * 625, None))
err(random.setstate, (3, (0,) * 624 + (700,), None))
err(random.Random, [1, 2])

# choice / shuffle / sample / choices
random.seed(2024)
print([random.choice("abcdefg") for _ in range(15)])
print(random.choice(range(1000)), random.choice((1, 2, 3)))
lst = list(range(20))
random.shuffle(lst)
print(lst)
lst = list("hello world")
random.shuffle(lst)
print("".join(lst))
one = [1]
random.shuffle(one)
print(one)
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))           # small k, n > setsize -> set path
print(random.sample(range(20), 5))            # n <= setsize -> pool path
print(random.sample(range(1000), 50))         # set path
print(random.sample(range(80), 30))           # pool path
print(random.sample(list("abcdefghijklmnopqrstuvwxyz"), 7))
print(random.sample(("a", "b", "c"), k=2, counts=[3, 1, 2]))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(10**12), 4))
print(random.sample(range(10), 0))
print(random.choices("abc", k=10))
print(random.choices(range(5), [5, 1, 1, 1, 10], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=10))
print(random.choices([1, 2, 3], [0.1, 0.2, 0.7], k=8))
print(random.choices(["x"]))

# real-valued distributions
random.seed(31337)
print([random.uniform(-3, 7) for _ in range(5)])
print([random.triangular() for _ in range(3)])
print([random.triangular(1, 10, 2) for _ in range(3)])
print([random.triangular(2, 2, 2) for _ in range(2)])
print([random.gauss() for _ in range(5)])
print([random.gauss(10, 2) for _ in range(5)])
print([random.normalvariate() for _ in range(5)])
print([random.normalvariate(5, 0.5) for _ in range(5)])
print([random.lognormvariate(0, 1) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(5)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)])
print([random.vonmisesvariate(1.0, 0.0) for _ in range(2)])
print([random.gammavariate(0.5, 2.0) for _ in range(4)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(3.0, 1.5) for _ in range(4)])
print([random.betavariate(2.0, 5.0) for _ in range(4)])
print([random.betavariate(0.5, 0.5) for _ in range(4)])
print([random.paretovariate(2.5) for _ in range(3)])
print([random.weibullvariate(1.0, 1.5) for _ in range(3)])

# gauss cache survives getstate/setstate; seed resets it
random.seed(5)
g1 = random.gauss()
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2] is not None)
a = [random.gauss(), random.random(), random.getrandbits(50)]
random.setstate(st)
b = [random.gauss(), random.random(), random.getrandbits(50)]
print(a == b, a)
random.seed(5)
print(random.gauss() == g1, random.gauss() == a[0])
random.seed(5)
random.gauss()
random.seed(5)
print(random.gauss() == g1)

# state round trip across a twist boundary
r = random.Random(11)
for _ in range(623):
    r.getrandbits(32)
st = r.getstate()
print(st[1][-1], [r.random() for _ in range(2)])
r.setstate(st)
print([r.random() for _ in range(2)])
r2 = random.Random()
r2.setstate(st)
print(r2.random(), r2.getstate() == r.getstate() or "diff-ok")
st = random.Random(8).getstate()
print(st[1][:3], st[1][-1], st[2])
# version 2 state with signed words
vs = list(st[1])
vs[0] = vs[0] - 2**32 if vs[0] >= 2**31 else vs[0]
r3 = random.Random()
r3.setstate((2, tuple(vs), None))
print(r3.random() == random.Random(8).random())

# subclass
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choices("abcd", k=3), m.getrandbits(8))

# seed(None) works and gives floats in range
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
r = random.Random()
print(0 <= r.randrange(10) < 10)

# big run for shuffle determinism
random.seed(123456789)
big = list(range(1000))
random.shuffle(big)
print(sum(i * v for i, v in enumerate(big)), big[:10])
print(sum(random.random() for _ in range(3000)))

# subclasses: which _randbelow gets used depends on what is overridden
class Counter(random.Random):
    def __init__(self):
        self.i = 0
        super().__init__(0)
    def random(self):
        self.i += 1
        return (self.i * 0.6180339887498949) % 1.0
c = Counter()
print([c.randrange(10) for _ in range(8)], c.choice("abcdef"), c.sample(range(50), 4))
lst = list(range(10))
c.shuffle(lst)
print(lst, c.getrandbits(16))

class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1
b = Bits(3)
print([b.randrange(100) for _ in range(8)], b.randint(1, 6), b.random())

class RR(random.Random):
    def randrange(self, start, stop=None, step=1):
        return ("rr", start, stop)
print(RR(1).randint(1, 6))

class Sub(random.Random):
    pass
sb = Sub(77)
print([sb.randrange(1000) for _ in range(5)] == [random.Random(77).randrange(1000) for _ in range(5)])
print(random.Random(77).randrange(2**40), random.Random(77).randint(-2**70, 2**70))
print(random.Random(77).randrange(-5, 5), random.Random(77).randint(True, 9))

# more argument errors
err(random.getrandbits, 2.5)
err(random.getrandbits, "3")
err(random.randbytes, -1)
err(random.randbytes, 2.5)
err(random.setstate, (3, (-1,) * 624 + (3,), None))
err(random.setstate, (3, ("a",) * 624 + (3,), None))
err(random.setstate, (3, (1,) * 624 + (625,), None))
err(random.setstate, (3, (1,) * 624 + (-1,), None))
random.seed(1)
print(random.getrandbits(True), random.randrange(True), random.randint(False, True))
err(random.choices, [], k=2)
err(random.choice, {})
err(random.sample, "abc", 2.0)
err(random.shuffle, (1, 2, 3))
r = random.Random()
r.setstate((3, (2**40 + 5,) * 624 + (3,), None))
print(r.getstate()[1][:2], r.random())
random.seed(2**64 - 1)
print(random.random(), random.sample(range(30), 30))

# non-builtin sequences / index-able arguments
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
random.seed(12)
print(random.randrange(Idx(10)), random.randrange(Idx(3), Idx(30), Idx(4)), random.getrandbits(Idx(12)))
err(random.randrange, Idx(0))
err(random.randrange, [1])
import collections
random.seed(13)
print(random.sample(collections.deque(range(40)), 5))
err(random.sample, frozenset([1, 2]), 1)
err(random.sample, {"a": 1}, 1)
class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 100
    def __getitem__(self, i):
        if not 0 <= i < 100:
            raise IndexError(i)
        return i * i
print(random.sample(MySeq(), 6), random.choice(MySeq()), random.choices(MySeq(), k=3))

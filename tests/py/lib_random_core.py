# The Mersenne Twister core (the runtime's _random): seeding from ints of
# every size, str/bytes/float seeds, bit assembly of getrandbits, state
# round trips and their checks; outputs must equal CPython's for a seed.
import random
for s in [0, 1, -5, 2**32, 2**32 - 1, 2**64 + 7, 2**200 + 3, "hello", b"xy", 3.25, 12345678901234567890]:
    r = random.Random(s)
    print(s, r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.randrange(10**30), r.randrange(7), r.randint(1, 2**32))
r = random.Random(42)
st = r.getstate()
a = [r.random() for _ in range(1000)]
r.setstate(st)
b = [r.random() for _ in range(1000)]
print(a == b, len(st[1]), st[1][-1], st[1][:3])
r.setstate(st)
for _ in range(700): r.getrandbits(32)
st2 = r.getstate()
print(st2[1][-1], sum(st2[1]) % 1000003)
print(r.randbytes(9))
for bad in [-1]:
    try: r.getrandbits(bad)
    except Exception as e: print(type(e).__name__, e)
try:
    r.setstate((3, (1,) * 624 + (625,), None))
except Exception as e: print(type(e).__name__, e)
try:
    r.setstate((3, (1,) * 600, None))
except Exception as e: print(type(e).__name__, e)
try:
    r.setstate((3, (-1,) * 624 + (0,), None))
except Exception as e: print(type(e).__name__, e)
r.setstate((3, (2**40 + 5,) * 624 + (624,), None)); print(r.random())
class R(random.Random):
    def random(self): return 0.5
print(R(3).randrange(100), R(3).choice([1,2,3]))
x = list(range(20)); random.seed(7); random.shuffle(x); print(x, random.sample(range(100), 5), random.gauss(0, 1), random.choices("abc", k=5))
print(random.getrandbits(0), random.Random(5).getrandbits(2**12) % 1000007)

# Truth tests specialize by type (TO_BOOL) and must deoptimize when the
# values tested at one site change type.

class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 2

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Plain:
    pass

class BadBool:
    def __bool__(self):
        return "yes"

def truth(x):
    if x:
        return 1
    return 0

values = [0, 1, -5, 0.0, 2.5, float("nan"), "", "a", [], [0], None, True, False,
          (), (0,), {}, {1: 2}, set(), {0}, WithBool(1), WithBool(5), WithLen(0),
          WithLen(3), Plain(), 10**30, b"", b"x", range(0), range(3)]
for round_ in range(4):
    counts = []
    for i in range(150):
        counts.append(truth(values[(i * (round_ + 1)) % len(values)]))
    print(round_, sum(counts), counts[:30])

# Each type for a long stretch first, then the next one.
for v in [5, 0, "s", "", [1], [], None, 1.5, 0.0, WithBool(9), WithLen(0)]:
    print(repr(v) if not isinstance(v, (WithBool, WithLen)) else type(v).__name__,
          sum(truth(v) for _ in range(120)))

# A class that gains and loses __bool__ mid-loop.
class Flip:
    pass

seen = []
for i in range(300):
    if i == 100:
        Flip.__bool__ = lambda self: False
    if i == 200:
        del Flip.__bool__
    seen.append(truth(Flip()))
print(sum(seen[:100]), sum(seen[100:200]), sum(seen[200:]))

# while-loop conditions on lists and ints.
stack = list(range(200))
n = 0
while stack:
    stack.pop()
    n += 1
k = 250
while k:
    k -= 1
print(n, k)

try:
    truth(BadBool())
except TypeError as e:
    print("TypeError:", e)

# Instances of classes without __bool__/__len__ are always true, until a
# base class gains __len__.
class P: pass
class Q(P): pass
n = 0
for x in [Q(), Q(), P()] * 100:
    if x:
        n += 1
print(n)
P.__len__ = lambda self: 0
for x in [Q(), Q(), P()] * 100:
    if x:
        n += 1
print(n)

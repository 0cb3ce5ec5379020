# Loops over enumerate() and zip(): the specialized FOR_ITER forms, the
# result tuple each iterator refills in place when nothing else holds it,
# and the deopts when the iterator at a site changes type.

def sum_enum(xs, start=0):
    s = 0
    for i, x in enumerate(xs, start):
        s += i * x
    return s

def sum_zip(a, b):
    s = 0
    for x, y in zip(a, b):
        s += x * y
    return s

for n in range(60):
    xs = list(range(n))
    assert sum_enum(xs) == sum(i * i for i in range(n))
print(sum_enum(range(100)), sum_enum((1, 2, 3), 10), sum_enum([5] * 7, -3))
print(sum_zip(range(50), range(50, 100)), sum_zip([1, 2, 3], (4, 5)))

# A result the loop body keeps must never change afterwards.
keep = []
for t in enumerate("abcdef"):
    keep.append(t)
print(keep)
keep = []
for t in zip("abc", [1, [2], (3,)], range(10)):
    keep.append(t)
print(keep)
keep = []
for i, t in enumerate(enumerate("xyz")):
    keep.append(t)
    if i == 1:
        saved = t
print(keep, saved)
# Keeping every other result: reuse resumes once the loop lets go.
keep = []
for k, t in enumerate(zip(range(8), range(8, 16))):
    if k % 2 == 0:
        keep.append(t)
print(keep)
same = []
prev = None
for t in zip(range(5), range(5)):
    same.append(t == (len(same), len(same)))
    prev = t
print(same, prev)

# Items that are containers (the reused tuple must be tracked by the cycle
# collector again) and cycles through them.
import gc
nodes = []
for i, cell in enumerate([[n] for n in range(50)]):
    cell.append(cell)
    nodes.append((i, cell))
print(len(nodes), nodes[3][0], nodes[3][1][0], nodes[3][1][1] is nodes[3][1])
for i, pair in enumerate(zip([[1]] * 3, [{}] * 3)):
    pair[1][i] = pair
gc.collect()
print("collected")

# The site sees other iterators: lists, ranges, generators, enumerate and
# zip subclasses (whose __next__ must run), then enumerate/zip again.
class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x * 10

class MyZip(zip):
    pass

def walk(it):
    out = []
    for t in it:
        out.append(t)
    return out

def gen(n):
    for i in range(n):
        yield (i, -i)

sources = [lambda: enumerate("ab"), lambda: zip("ab", "cd"), lambda: [(1, 2)],
           lambda: MyEnum([1, 2]), lambda: MyZip("xy", "zw"), lambda: gen(2),
           lambda: iter(range(3)), lambda: enumerate([])]
for r in range(120):
    res = walk(sources[(r // 7) % len(sources)]())
    if r % 7 == 0:
        print(r, res)

# enumerate counts: start from bools, big ints, __index__ objects.
class Idx:
    def __index__(self):
        return 5
print(list(enumerate("ab", True)), list(enumerate("ab", 2**64 - 1)))
print(list(enumerate("ab", start=Idx())))
big = enumerate(range(3), 2**63 - 2)
for i, x in big:
    print(i, x, type(i).__name__)

# zip(strict=True) inside specialized loops.
def zip_strict(a, b):
    out = []
    try:
        for x, y in zip(a, b, strict=True):
            out.append(x + y)
    except ValueError as e:
        out.append(str(e))
    return out
for r in range(30):
    res = zip_strict(range(r % 4), range(r % 3))
    if r < 6:
        print(res)
try:
    for x in zip([1], [2], [3, 4], strict=True):
        print(x)
except ValueError as e:
    print(e)

# zip of many iterators, of none, of one; enumerate over an iterator that
# advances the enumerate itself (the count is read after the step).
print(list(zip(*[range(i, i + 3) for i in range(7)])))
print(list(zip()), list(zip("ab")))
class Sneaky:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 6:
            raise StopIteration
        if self.n == 2:
            print("inner", next(outer))
        return self.n
outer = enumerate(Sneaky())
print([t for t in outer])

# Errors raised by the inner iterator propagate from the loop.
def boom():
    yield 1
    raise KeyError("inner")
try:
    for i, x in enumerate(boom()):
        print("got", i, x)
except KeyError as e:
    print("KeyError", e)
try:
    for a, b in zip([1, 2], boom()):
        print("got", a, b)
except KeyError as e:
    print("KeyError", e)

# An exhausted zip stays exhausted.
z = zip([1, 2], [3])
print(list(z), list(z))
for k in range(3):
    for t in z:
        print("never")

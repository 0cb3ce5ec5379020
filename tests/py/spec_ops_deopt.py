# Specialized operators, comparisons, subscripts, unpacking and loops must
# deoptimize correctly when the types flowing through one site change.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def ops(a, b):
    return (a // b, a % b, a ** 2, a << 1 if isinstance(a, int) else a, a / b)

values = [1, 2, 7, -3, 2**62, 2.5, -0.0, True, "x", 10**20, 3.0]
for round_ in range(3):
    out = []
    for i in range(120):
        a = values[i % len(values)]
        b = values[(i * 7 + round_) % len(values)]
        try:
            out.append(repr(add(a, b)))
        except TypeError as e:
            out.append("TE")
        try:
            out.append(repr(sub(a, b)))
        except TypeError:
            out.append("TE")
        try:
            out.append(repr(mul(a, b if not isinstance(b, str) else 2)))
        except TypeError:
            out.append("TE")
        try:
            out.append(repr(ops(a, b)))
        except (TypeError, ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__)
    print(round_, len(out), out[:12], out[-12:])

# Overflow out of 64 bits in the int forms, and back.
x = 1
for i in range(140):
    x = x * 3 - i
    if i % 20 == 0:
        print(i, x)
y = 2**63 - 5
for i in range(10):
    y = y + 1
    print(y, y - 2**63)

# Comparisons: ints, floats, mixed (exact beyond 2**53), strs, then other types.
def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

pairs = [(1, 2), (2.5, 1.5), (2**53 + 1, float(2**53)), (float(2**53), 2**53 + 1),
         (float("nan"), 1), ("abc", "abd"), ("é", "z"), ((1, 2), (1, 3)), (3, 3.0)]
for i in range(200):
    a, b = pairs[i % len(pairs)]
    r = (lt(a, b), eq(a, b), a != b, a >= b)
    if i % 9 == 0 or i > 190:
        print(i, r)

# Subscripts through one site: list, tuple, str, dict, then errors.
def get(c, k):
    return c[k]

def put(c, k, v):
    c[k] = v

containers = [[10, 20, 30], (1, 2, 3), "xyz", {0: "zero", 1: "one", -1: "m"}]
acc = []
for i in range(160):
    c = containers[(i // 40) % 4]
    acc.append(get(c, i % 3 - 1))
print(acc[:5], acc[40:45], acc[80:85], acc[120:125])
for bad in [([1], 5), ((1,), -2), ("ab", 9), ({}, "k"), ([1, 2], "1")]:
    try:
        get(*bad)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
lst = [0] * 5
d = {}
for i in range(150):
    put(lst, i % 5, i)
    put(d, i % 7, i)
put(lst, -1, "last")
print(lst, sorted(d.items()))
try:
    put(lst, 5, 0)
except IndexError as e:
    print("IndexError", e)
put(d, (1, 2), "t")
print(d[(1, 2)])

# Unpacking: 2-tuples, lists, then wrong lengths and other iterables.
def unpack(s):
    a, b = s
    return b, a

seqs = [(1, 2), [3, 4], "ab", (5, 6), range(2), {7: 0, 8: 0}]
res = []
for i in range(150):
    res.append(unpack(seqs[i % len(seqs)]))
print(res[:6], res[-6:])
for bad in [(1, 2, 3), [1], "abc", 5]:
    try:
        unpack(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# One for-loop site over ranges, lists, tuples, generators, strs and dicts.
def total(it):
    t = 0
    for x in it:
        t += x if not isinstance(x, str) else len(x)
    return t

def gen(n):
    for i in range(n):
        yield i * i

sources = [range(50), list(range(30)), tuple(range(20)), gen(10), "hello", {1: 2, 3: 4}, range(10**19, 10**19 + 3)]
for i in range(70):
    s = sources[i % len(sources)]
    if i % len(sources) == 3:
        s = gen(10)
    r = total(s)
    if i >= 63:
        print(i, r)
# A list that grows while it is iterated, and an exhausted iterator reused.
grow = [1, 2, 3]
for v in grow:
    if len(grow) < 200:
        grow.append(v + 1)
print(len(grow), sum(grow))
it = iter([1, 2])
print(total(it), total(it))

# Membership: dict, set, frozenset, then list and str through one site.
def has(k, c):
    return k in c, k not in c

cs = [{1: 1, "a": 2}, {1, 2, "a"}, frozenset({3, "b"}), [1, "a"], (2, "a")]
outs = []
for i in range(150):
    c = cs[(i // 30) % len(cs)]
    outs.append(has(1 if i % 2 else "a", c))
print(outs[::29])
try:
    has([], {1: 2})
except TypeError as e:
    print("TypeError", e)
print(has(frozenset({1}), {frozenset({1})}), has({1}, {frozenset({1})}))

# Many short generators run by built-ins: each run begins at the start
# of the generator's code (not at a back edge), so once such beginnings
# are hot, tier 2 runs them from there, first item included. Every way a
# run can go must stay right: a sink that stops at the first item, a
# generator that raises before or after its first yield, one that yields
# nothing, inputs whose types change, a global the generator reads
# changing between runs, finally blocks.


def squares(xs):
    return sum(x * x for x in xs)


total = 0
for n in range(2000):
    total += squares(range(n % 7))
print(total)

# Types of the items change after the code is hot.
print(squares([1.5, 2.5]), squares([3, 4.0]), squares([True, 2]))
try:
    squares(["a"])
except TypeError as e:
    print("TypeError", e)

# any()/all() stop at the first item that decides.
hits = 0
for n in range(2000):
    if any(v > 2 for v in range(n % 5)):
        hits += 1
    if all(v < 3 for v in range(n % 6)):
        hits += 10
print(hits)


# The first item raises (or the second), and a generator that yields nothing.
def risky(n):
    return list(10 // (v - n % 3) for v in range(3))


ok = bad = 0
for n in range(1500):
    try:
        risky(n)
        ok += 1
    except ZeroDivisionError:
        bad += 1
print(ok, bad, list(x for x in ()), sum(x for x in range(0)))

# A global the generator reads changes between runs (and within one).
SCALE = 1


def scaled(xs):
    return [x * SCALE for x in xs], tuple(x + SCALE for x in xs)


acc = 0
for n in range(1500):
    if n == 700:
        SCALE = 3
    a, b = scaled(range(n % 4))
    acc += sum(a) + sum(b)
print(acc)


def bump(v):
    global SCALE
    SCALE += 1
    return v


print(list(bump(x) * SCALE for x in range(5)), SCALE)


# A generator function (not an expression) run by built-ins, with a
# finally block and a closure.
def gen_fn(n, log):
    try:
        for i in range(n):
            yield i * 2
    finally:
        log.append(n)


log = []
s = 0
for n in range(1500):
    s += sum(gen_fn(n % 5, log))
    s += max(gen_fn(n % 3 + 1, log))
print(s, len(log), log[:6])

# Stopped after the first item: the generator stays suspended, then runs on.
g = (x * 3 for x in range(10))
print(any(v >= 0 for v in g), list(g))
for n in range(300):
    g = (x + n for x in range(4))
    first = next(iter(g))
    rest = sorted(g, reverse=True)
    if n % 100 == 0:
        print(first, rest)

# Nested: an inner generator run by a built-in inside an outer one's items.
print(sum(sum(j for j in range(i)) for i in range(300)))
print(sorted(set(x % 13 for x in (y * y for y in range(2000))))[:5])
print("".join(str(c) for c in range(12)), dict((k, k * k) for k in range(5)))

# Globals read in hot loops while other globals (or the same ones) are
# assigned, deleted, added and shadowed: every read sees the value the
# global has at that moment.
import builtins

STEP = 3
LIMIT = 1000
COUNTER = 0
STAMP = 0


def bump():
    global COUNTER
    COUNTER += 1
    return COUNTER


def counting_loop(n):
    # COUNTER is assigned every iteration; STEP and LIMIT are only read.
    global STAMP
    total = 0
    for i in range(n):
        STAMP += 1
        total += bump() * STEP
        if total > LIMIT * 1000:
            total -= LIMIT
    return total, COUNTER, STAMP


print(counting_loop(5000))
print(counting_loop(5000))


def rebind_step(i):
    global STEP
    if i % 700 == 0:
        STEP = STEP + 1


def rebinding_while_counting(n):
    global STAMP
    total = 0
    for i in range(n):
        STAMP += 1
        rebind_step(i)
        total += STEP + STAMP % 7
    return total, STEP


print(rebinding_while_counting(4000))

GONE = 5


def deleting(n):
    global GONE, STAMP
    seen = []
    for i in range(n):
        STAMP += 1
        try:
            seen.append(GONE)
        except NameError as e:
            seen.append(str(e))
        if i == n // 3:
            del GONE
        if i == 2 * n // 3:
            GONE = i
    return seen[0], seen[n // 3 + 1], seen[-1], len(seen)


print(deleting(3000))


def shadowing(n):
    global STAMP
    out = 0
    for i in range(n):
        STAMP += 1
        out += len("abc")
        if i == n // 2:
            globals()["len"] = lambda s: 100
    del globals()["len"]
    return out


print(shadowing(3000))


def builtin_rebound(n):
    global STAMP
    saved = builtins.abs
    out = 0
    for i in range(n):
        STAMP += 1
        out += abs(-2)
        if i == n // 2:
            builtins.abs = lambda x: 1000
    builtins.abs = saved
    return out


print(builtin_rebound(3000))


def adding_keys(n):
    global STAMP
    g = globals()
    out = 0
    for i in range(n):
        STAMP += 1
        g["k%d" % (i % 200)] = i
        out += STEP + g["k%d" % (i % 200)] % 5
    return out


print(adding_keys(3000))

# Enough globals that the ones after are past the 64th entry.
for _n in range(80):
    globals()["filler%d" % _n] = _n
LATE = 0
LATE_STEP = 2


def late_counting(n):
    global LATE
    total = 0
    for i in range(n):
        LATE += LATE_STEP
        total += LATE % 11 + filler79
    return total, LATE


print(late_counting(4000))
print(late_counting(4000))


def moving_entries(n):
    # New globals while the counter's stores are no longer told: the
    # entries move when the dict grows, and the loads stay right.
    global LATE
    total = 0
    for i in range(n):
        LATE += 1
        if i % 500 == 0:
            globals()["grown%d" % i] = i
        total += LATE % 13 + LATE_STEP
    return total, LATE


print(moving_entries(6000))
g = globals()
g.update(LATE_STEP=5)
print(late_counting(1000))
g.setdefault("LATE_STEP", 9)
print(g.pop("filler79"), "filler79" in g)
try:
    late_counting(10)
except NameError as e:
    print("NameError", e)

# Hot code inside functions whose callers differ: a trace made in a
# callee goes on after the callee returns into the caller it saw, and
# must notice when the caller is another one (another function, the
# same code run with other globals, a call from a built-in, a generator,
# a method reached through another class).


class Task:
    def __init__(self, n):
        self.n = n
        self.count = 0

    def step(self, k):
        # Polymorphic: each subclass has its own run().
        return self.run(self.n + k)


class Add(Task):
    def run(self, x):
        self.count += 1
        return x + 1


class Double(Task):
    def run(self, x):
        self.count += 2
        return x * 2


class Neg(Task):
    def run(self, x):
        self.count += 3
        return -x


class Str(Task):
    def run(self, x):
        self.count += 4
        return str(x)


def schedule(tasks, rounds):
    total = 0
    for i in range(rounds):
        t = tasks[i % len(tasks)]
        r = t.step(i)
        total += r if isinstance(r, int) else len(r)
    return total


tasks = [Add(1), Double(2), Neg(3)]
print(schedule(tasks, 3000))
print([t.count for t in tasks])
# A fourth class turns up late; then a fifth site shape (a str result).
tasks.append(Str(4))
print(schedule(tasks, 3000))
print([t.count for t in tasks])


def leaf(x):
    if x % 3 == 0:
        return x // 3
    return x + 1


def caller_a(n):
    s = 0
    for i in range(n):
        s += leaf(i)
    return s


def caller_b(n):
    out = []
    for i in range(n):
        out.append(leaf(i) * 2)
    return sum(out)


def inner_loop(n):
    # The hot loop is here; its end returns into whichever caller.
    t = 0
    for i in range(n):
        t += i & 7
    return t


def outer_one(rounds):
    acc = 0
    for r in range(rounds):
        acc += inner_loop(50) + 1
    return acc


def outer_two(rounds):
    acc = []
    for r in range(rounds):
        acc.append(inner_loop(50) - r)
    return len(acc), acc[-1]


print(caller_a(5000), caller_b(5000))
print(outer_one(300), outer_two(300))
print(caller_b(3000), caller_a(3000))
print(outer_two(200), outer_one(200))

# The same code with other globals: one compiled module run in two
# dicts makes functions that share code objects but not globals, and the
# constants a trace took from one module's globals do not hold in the other.
src = """
def inner(n):
    t = 0
    for i in range(n):
        t += i * SCALE
    return t
def outer(rounds):
    acc = 0
    for r in range(rounds):
        acc += inner(40) + SCALE
    return acc
"""
co = compile(src, "<shared>", "exec")
g1 = {"SCALE": 2}
g2 = {"SCALE": 5}
exec(co, g1)
exec(co, g2)
print(g1["outer"](300), g2["outer"](300))
print(g2["outer"](300), g1["outer"](300))
# Mixed: g1's outer calling g2's inner (same code as g1's inner).
g1["inner"] = g2["inner"]
print(g1["outer"](300))

# Called from built-ins (no Python caller to return into).
print(sum(map(inner_loop, range(0, 400, 4))))
print(sorted(range(300), key=lambda v: (inner_loop(v % 20), -v))[:5])


# A generator whose loop calls a function with a hot loop.
def gen(n):
    for i in range(n):
        yield inner_loop(i % 30)


print(sum(gen(2000)))


# Recursion: the caller is the same code at another depth.
def walk(depth):
    if depth == 0:
        return inner_loop(30)
    return walk(depth - 1) + depth


print(sum(walk(d % 6) for d in range(600)))


# A return whose caller is mid-expression, with values below on its stack.
def pair(i):
    t = 0
    for j in range(20):
        t += j ^ i
    return t


def mid(n):
    return [(i, pair(i), i * 2) for i in range(n)][-3:]


print(mid(500))


# An exception raised in the caller right after the return.
def check(n):
    errors = 0
    for i in range(n):
        try:
            v = inner_loop(i % 10)
            if v > 20:
                raise ValueError(v)
        except ValueError:
            errors += 1
    return errors


print(check(3000))

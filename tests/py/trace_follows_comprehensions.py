# Comprehensions called in hot loops: each evaluation makes a new function
# (a closure over the loop's variables), which tier 2 follows by its code.


def squares_plus(n, k):
    total = 0
    for i in range(n):
        row = [j * j + k for j in range(i % 7)]
        total += sum(row) + len({x % 3 for x in row})
    return total


print(squares_plus(3000, 2))


def nested(n):
    out = []
    for i in range(n):
        grid = [[a * b for b in range(3)] for a in range(i % 4)]
        out.append(sum(map(sum, grid)))
    return sum(out), out[-5:]


print(nested(2000))


# The comprehension's variables change type mid-loop.
def mixed(n):
    acc = []
    for i in range(n):
        v = i if i < n // 2 else i / 2
        acc.append([v + j for j in range(2)][-1])
    return acc[0], acc[n // 2 - 1], acc[n // 2], acc[-1]


print(mixed(4000))


# The same code run with two modules' globals (one code object, two
# dicts): the comprehension's global must be read from the right one.
SRC = """
def run(n):
    t = 0
    for i in range(n):
        t += sum([j * SCALE for j in range(3)])
    return t
"""
shared = compile(SRC, "<shared>", "exec")
g1 = {"SCALE": 10}
g2 = {"SCALE": -1}
exec(shared, g1)
exec(shared, g2)
print(g1["run"](3000), g2["run"](3000), g1["run"](10), g2["run"](10))


# A comprehension raising mid-loop, and one over an iterator that is
# exhausted early.
def raising(n):
    caught = 0
    for i in range(n):
        try:
            vals = [10 // (j - i % 5) for j in range(3)]
        except ZeroDivisionError:
            caught += 1
    return caught


print(raising(3000))


def dict_comp(n):
    d = {}
    for i in range(n):
        d = {k: v for k, v in zip("abc", range(i, i + 3))}
    return d


print(dict_comp(3000))

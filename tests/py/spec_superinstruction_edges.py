# Superinstructions and comparison-and-jump forms at their edges: a
# comparison site that deoptimizes (its jump must still run), and the
# second half of a load/store pair failing (the error belongs to the
# second instruction: its line, and the try block it is in).
import sys


def classify(pairs):
    out = []
    for a, b in pairs:
        if a < b:
            out.append("lt")
        else:
            out.append("ge")
        if a == b:
            out.append("eq")
    return out


ints = [(i, 50 - i) for i in range(60)]
print(classify(ints)[-6:])
print(classify([(1.5, 2.5), (3.5, 0.5), (2, 2.0), (7, 7)]))
print(classify([("a", "b"), ("c", "a"), ("x", "x")]))
print(classify(ints + [(0.5, 1), ("b", "a")])[-8:])


def pair_in_try(flag):
    if flag:
        y = 1
    x = 5
    try:
        return y + x
    except UnboundLocalError as e:
        return "caught: " + str(e)


for flag in [True] * 30 + [False, True, False]:
    r = pair_in_try(flag)
print(pair_in_try(True), pair_in_try(False))


def load_pair(flag):
    if flag:
        z = 2
    w = 3
    return w + \
        z


for flag in [True] * 30:
    load_pair(flag)
try:
    load_pair(False)
except UnboundLocalError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno - load_pair.__code__.co_firstlineno)


def store_pair(n):
    total = 0
    for i in range(n):
        a, b = i, i * 2
        c = a
        total += b - c
    return total


print(store_pair(100), store_pair(3))


def count_down(n):
    k = n
    steps = 0
    while k > 0:
        k -= 1 if k < 10 else 3.5
        steps += 1
    return steps, k


print(count_down(40), count_down(5), count_down(100))
sys.stdout.flush()

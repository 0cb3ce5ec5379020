# Superinstructions at their edges: the second half of a load/store pair
# failing (the error belongs to the second instruction: its line, and the
# try block it is in), and pairs in loops whose values change type.
# (Comparison-and-jump sites that deoptimize: spec_compare_jump.)
import sys


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

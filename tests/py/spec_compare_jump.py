# A specialized comparison followed by a conditional jump runs both
# (COMPARE_OP_INT_JUMP, _FLOAT_JUMP, _STR_JUMP). Both jump senses, NaN,
# `not`, chained comparisons, `while` conditions, a jump reached from
# elsewhere, and operand types changing mid-loop (the guard misses, the
# generic comparison runs and the jump still follows).


def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n


def count_not_above(xs, limit):
    n = 0
    for x in xs:
        if not x > limit:
            n += 1
    return n


def chained(xs):
    out = []
    for x in xs:
        if 2 <= x < 7:
            out.append(x)
        elif x == 9 or x != x:
            out.append(-1)
    return out


def countdown(n):
    steps = 0
    while n > 0:
        n -= 3
        steps += 1
    return steps, n


def words(ws):
    hits = []
    for w in ws:
        if w >= "m":
            hits.append(w)
        if w == "pear":
            hits.append("!")
    return hits


ints = list(range(-50, 50))
floats = [i * 0.37 for i in range(-40, 60)] + [float("nan"), float("inf")]
print(count_below(ints, 10), count_below(floats, 3.5), count_below(ints + floats, 1))
print(count_not_above(ints, 0), count_not_above(floats, 2.0))
print(chained(list(range(12)) * 3), chained([2.5, 9.0, float("nan"), 7.0]))
print(countdown(100), countdown(0), countdown(7.5))
print(words(["apple", "pear", "zoo", "m", "kiwi", "mango"] * 5))

# Types change at one site: ints, then floats, then mixed, then strs.
def classify(pairs):
    out = []
    for a, b in pairs:
        if a < b:
            out.append("<")
        else:
            out.append(">=")
    return "".join(out)

pairs = [(i, 10 - i) for i in range(20)]
pairs += [(i * 0.5, 3.0) for i in range(20)]
pairs += [(i, 4.5) for i in range(10)] + [(4.5, i) for i in range(10)]
pairs += [("a" * i, "aaa") for i in range(8)]
pairs += [(True, 0), (False, 1), (2**70, 2**69), (-2**70, 5)]
print(classify(pairs))


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v % 3  # not a bool: truth tested by the jump


print(classify([(Odd(i), 0) for i in range(9)] + [(i, 5) for i in range(9)]))

# A jump that other code also reaches (the `or` short-circuit lands on it).
def either(xs):
    n = 0
    for a, b in xs:
        if a == 1 or b < 3:
            n += 1
    return n

print(either([(i % 3, i % 5) for i in range(100)]))

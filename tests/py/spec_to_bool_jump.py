# A truth test whose result a conditional jump takes at once (`if x:`,
# `while x:`) runs the jump too once specialized; sites whose operand type
# changes (bool -> int -> list -> str -> None -> objects) must still take
# the right branch, before and after they deoptimize and re-specialize.


class Truthy:
    def __bool__(self):
        return True


class Empty:
    def __len__(self):
        return 0


def branch(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
        if not v:
            out.append(-1)
    return out


def summary(xs):
    r = branch(xs)
    return sum(r), r[-4:]


print(summary([True, False] * 30))
print(summary([3, 0, -1] * 30))
print(summary([[], [1], [0, 0]] * 30))
print(summary(["", "a", " "] * 30))
print(summary([True, 0, [], "x", None, 2.5, 0.0, Truthy(), Empty(), (), (1,), {}, {1: 2}] * 10))
print(summary([1, 2, 3] * 20 + [False, [], ""] * 3 + [7] * 40))


def drain(n):
    items = list(range(n))
    steps = 0
    while items:
        items.pop()
        steps += 1
    k = n
    while k:
        k -= 1
        steps += 1
    s = "abc" * n
    while s:
        s = s[1:]
        steps += 1
    return steps


print([drain(n) for n in (0, 1, 5, 40)])


def mixed(flag_values):
    hits = 0
    for f in flag_values:
        while f:
            hits += 1
            f = f[1:] if isinstance(f, (list, str)) else (f - 1 if isinstance(f, int) else None)
    return hits


print(mixed([3, [1, 2], "xy", True, 0, None, [], ""] * 20))

# Globals and builtins called at once (`f(x)`, `len(x)`) push the call's
# NULL as they load; rebinding, shadowing and deleting them mid-loop must
# still call the right thing, or raise NameError.


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def run(n):
    out = []
    for i in range(n):
        out.append(double(i) + len([i] * i) + abs(-i))
    return out


print(run(5)[-3:])
for i in range(40):
    run(3)
    if i == 20:
        double = triple
print(run(5)[-3:])


def len(x):
    return -1


print(run(5)[-3:])
del len
print(run(5)[-3:])

saved = double
del double
try:
    run(2)
except NameError as e:
    print("NameError:", e)
double = saved


class Point:
    def __init__(self, x):
        self.x = x


def make(n):
    return [Point(i).x for i in range(n)]


print(make(4), sum(make(30)))
import builtins

builtins.abs = lambda v: 100
print(run(4)[-2:])

# Replacing a function's __code__ while frames of it run: each running
# frame goes on with the code it started with (here they borrow it from
# the function, which keeps replaced code alive).
import gc


def b(x):
    return ("b", x)


def a(x):
    a.__code__ = b.__code__
    gc.collect()
    s = 0
    for i in range(3):
        s += i * x
    return ("a", s)


print(a(5))
print(a(5))


# Recursion: the outer frames finish the old code, the inner ones run the new.
def new_body(n):
    return "new" + str(n)


def old_body(n):
    if n == 2:
        rec.__code__ = new_body.__code__
        gc.collect()
    inner = rec(n + 1) if n < 4 else "end"
    return "old" + str(n) + "(" + inner + ")"


rec = old_body
print(rec(0))
print(rec(0))


# A suspended generator keeps its code when its function's code changes.
def gen():
    yield 1
    yield 2
    yield 3


def other():
    yield "x"


g = gen()
print(next(g))
gen.__code__ = other.__code__
del other
gc.collect()
print(next(g), next(g))
print(list(gen()))


# Many swaps, each call running the code it was entered with.
def p(i):
    return i


def q(i):
    return -i


def swap_each(n):
    out = []
    for i in range(n):
        f.__code__ = (p if i % 2 else q).__code__
        out.append(f(i))
    return out


def f(i):
    return None


print(swap_each(8))


# A hot specialized call site sees the new code after the swap.
def hot(x):
    return x + 1


def hot2(x):
    return x * 10


total = 0
for i in range(200):
    if i == 150:
        hot.__code__ = hot2.__code__
    total += hot(i)
print(total)

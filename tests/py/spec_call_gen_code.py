# Calls of generator functions specialized by code (CALL_PY_GEN_CODE):
# generator expressions (a new function each evaluation), closures of one
# code made by a factory, and the guard failing: another code, __code__
# reassigned, defaults, other argument counts, non-generator callables.


def squares(xs):
    return sum(x * x for x in xs)


print([squares(range(n)) for n in range(80)][-3:])


def make(k):
    def gen(a, b):
        yield a * k
        yield b * k

    return gen


gens = [make(k) for k in range(70)]
print(sum(sum(g(1, 2)) for g in gens))


def site(fn, a, b=None):
    return list(fn(a) if b is None else fn(a, b))


def g1(a):
    yield a
    yield a + 1


def g2(a):
    yield -a


def g3(a, b=10):
    yield a + b


def plain(a):
    return [a, a]


out = []
for i in range(200):
    fn = (g1, g2, g3, plain)[i // 50]
    out.append(site(fn, i))
print(out[0], out[49], out[50], out[100], out[150], out[199])

# __code__ reassigned under a specialized site.


def h(a):
    yield "h", a


def k(a):
    yield "k", a


res = []
for i in range(120):
    if i == 60:
        h.__code__ = k.__code__
    res.append(site(h, i)[0])
print(res[59], res[60], res[119])

# Argument count changes at the same site.


def var(*args):
    yield len(args)


def two(a, b):
    yield a + b


print([site(two, i, i) for i in range(60)][-1], list(var(1, 2, 3)), site(var, 5))
try:
    site(two, 1)
except TypeError as e:
    print("TypeError", e)

# A generator expression evaluated in a loop sees its current closure.
acc = []
for j in range(70):
    acc.append(tuple(j * x for x in range(3)))
print(acc[0], acc[69])
# The first iterable is evaluated eagerly, in the caller.
try:
    for j in range(70):
        g = (x for x in (None if j == 69 else [j]))
except TypeError as e:
    print("TypeError", e, j)

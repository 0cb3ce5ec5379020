# Specialized CALL of Python functions and their deoptimization.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def with_defaults(a, b=10, c=100):
    return a + b + c

# A monomorphic site, then polymorphic: two functions alternate through one site.
total = 0
for i in range(300):
    total += add(i, 1)
print("mono", total)

fs = [add, sub]
total = 0
for i in range(300):
    total += fs[i % 2](i, 3)
print("poly", total)

# Alternating in long runs (re-specialization after cooldown).
total = 0
for i in range(1000):
    f = add if (i // 100) % 2 == 0 else sub
    total += f(i, 7)
print("runs", total)

# Megamorphic: many lambdas and functions through one site.
lams = [lambda x, k=k: x * k for k in range(40)]
def plus1(x):
    return x + 1
lams.append(plus1)
total = 0
for i in range(2000):
    total += lams[i % len(lams)](i)
print("mega", total)

# Defaults: fewer positional arguments than parameters.
total = 0
for i in range(200):
    total += with_defaults(i) + with_defaults(i, 1) + with_defaults(i, 1, 2)
print("defaults", total)

# Rebinding the called global function mid-loop.
def g(x):
    return x * 2
out = []
for i in range(200):
    out.append(g(i))
    if i == 120:
        def g(x):
            return -x
print("rebind", sum(out), out[119:124])

# Changing __defaults__ mid-loop.
def h(a, b=1):
    return a * b
out = []
for i in range(200):
    out.append(h(i))
    if i == 100:
        h.__defaults__ = (3,)
    if i == 150:
        h.__defaults__ = None
        try:
            h(1)
        except TypeError as e:
            print("no defaults:", e)
        h.__defaults__ = (5,)
print("defaults changed", sum(out), out[99:103], out[149:153])

# Changing __code__ mid-loop (same number of free variables).
def k1(a, b):
    return a + b
def k2(a, b):
    return a * b
def k3(a, b, c=1000):
    return a - b + c
out = []
for i in range(300):
    out.append(k1(i, 2))
    if i == 100:
        k1.__code__ = k2.__code__
    if i == 200:
        k1.__code__ = k3.__code__
        try:
            k1(1, 2)
        except TypeError as e:
            print("TypeError:", e)
        k1.__defaults__ = (1000,)
print("code changed", sum(out), out[99:103], out[199:203])
saved = k1.__code__
try:
    k1.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def outer():
    z = 1
    def inner(a, b):
        return a + b + z
    return inner
try:
    k1.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    h.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    h.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError:", e)

# Keyword-only defaults changing through __kwdefaults__.
def kw(a, *, b=2):
    return a * b
out = []
for i in range(150):
    out.append(kw(i))
    if i == 75:
        kw.__kwdefaults__ = {"b": 3}
print("kwdefaults", sum(out))

# Keyword-argument calls mixed with positional calls of the same function.
def mix(a, b=0, c=0):
    return a + 2 * b + 3 * c
total = 0
for i in range(300):
    if i % 3 == 0:
        total += mix(i, c=1)
    elif i % 3 == 1:
        total += mix(i, 1)
    else:
        total += mix(a=i, b=2)
    total += mix(i)
print("mixed kw", total)

# *args / **kwargs functions through a site that first saw a simple one.
def star(*args):
    return len(args)
def starkw(a, **kw):
    return a + len(kw)
cands = [add, star, starkw]
total = 0
for i in range(300):
    f = cands[(i // 50) % 3]
    total += f(i, 1) if f is not starkw else f(i)
print("star", total)

# Closures called through a specialized site; cells and free variables.
def make_counter(start):
    n = start
    def bump(step):
        nonlocal n
        n += step
        return n
    return bump
bumps = [make_counter(0), make_counter(1000)]
total = 0
for i in range(300):
    total += bumps[i % 2](i)
print("closures", total)

def cell_param(x):
    def get():
        return x
    x += 1
    return get()
total = 0
for i in range(300):
    total += cell_param(i)
print("cell param", total)

# Generators through a call site that specialized for a plain function.
def gen(n):
    for j in range(n):
        yield j
def plain(n):
    return [n]
makers = [plain, gen]
total = 0
for i in range(300):
    total += sum(makers[(i // 60) % 2](i % 7))
print("generators", total)
total = 0
for i in range(300):
    total += sum(gen(i % 5))
print("generator only", total)

# Wrong argument counts after specialization: CPython's messages.
def two(a, b):
    return a + b
def opt(a, b=1):
    return a
for i in range(200):
    two(i, i)
    opt(i)
for args in [(1,), (1, 2, 3), ()]:
    try:
        two(*args)
    except TypeError as e:
        print("TypeError:", e)
calls = [lambda: two(1), lambda: two(1, 2, 3), lambda: opt(), lambda: opt(1, 2, 3)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
fs = [two, two, two, opt]
for i in range(200):
    try:
        fs[i % 4](i)
    except TypeError as e:
        if i < 8:
            print(i, "TypeError:", e)

# A function object that dies and a new one made at the same place.
def factory(k):
    def f(x):
        return x + k
    return f
total = 0
for i in range(300):
    total += factory(i)(1)
print("fresh functions", total)

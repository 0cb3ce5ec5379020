# Specialized calls of methods, bound methods and classes, and their deopts.

class A:
    def __init__(self, x):
        self.x = x
    def get(self, k):
        return self.x + k
    def opt(self, k=5):
        return self.x * k

a = A(3)
total = 0
for i in range(300):
    total += a.get(i) + a.opt() + a.opt(i)
print("methods", total)

# Bound methods stored in variables and in lists.
m = a.get
total = 0
for i in range(300):
    total += m(i)
print("bound var", total)
b = A(100)
ms = [a.get, b.get, a.opt, len]
total = 0
for i in range(400):
    f = ms[i % 4]
    total += f(i) if f is not len else f("abc")
print("bound list", total)

# Monkey-patching a method at class level mid-loop.
out = []
for i in range(200):
    out.append(a.get(i))
    if i == 100:
        A.get = lambda self, k: -k
print("class patch", sum(out), out[99:103])

# ... and at instance level (shadowing the class attribute).
class B:
    def f(self, x):
        return x + 1
bb = B()
out = []
for i in range(200):
    out.append(bb.f(i))
    if i == 80:
        bb.f = lambda x: x * 100
    if i == 160:
        del bb.f
print("instance patch", sum(out), out[79:83], out[159:163])

# Patching the function's code under a bound method.
class C:
    def f(self, x):
        return x
c = C()
bm = c.f
out = []
for i in range(200):
    out.append(bm(i))
    if i == 100:
        C.f.__code__ = (lambda self, x: x * 3).__code__
print("method code patch", sum(out), out[99:103])

# Class instantiation: __init__ replaced mid-loop.
class P:
    def __init__(self, v):
        self.v = v
total = 0
for i in range(300):
    p = P(i)
    total += p.v
    if i == 150:
        def new_init(self, v):
            self.v = -v
        P.__init__ = new_init
print("init replaced", total)

# __init__ with defaults, and __init__'s defaults changing.
class Q:
    def __init__(self, a, b=2):
        self.s = a + b
total = 0
for i in range(300):
    total += Q(i).s + Q(i, 1).s
    if i == 200:
        Q.__init__.__defaults__ = (1000,)
print("init defaults", total)

# __new__ added mid-loop.
class R:
    def __init__(self, v):
        self.v = v
total = 0
for i in range(300):
    r = R(i)
    total += r.v
    if i == 150:
        def rnew(cls, v):
            inst = object.__new__(cls)
            inst.extra = 1
            return inst
        R.__new__ = rnew
print("new added", total, hasattr(r, "extra"))

# __new__ returning something else: __init__ is not called.
class S:
    def __init__(self, v):
        self.v = v
vals = []
for i in range(200):
    s = S(i)
    vals.append(s.v if isinstance(s, S) else s)
    if i == 120:
        S.__new__ = lambda cls, v: "str%d" % v
print("new returns other", vals[119:123], len(vals))

# __init__ that starts returning a value after specialization.
class T:
    def __init__(self, v):
        self.v = v
        if v == 250:
            return v
for i in range(300):
    try:
        t = T(i)
    except TypeError as e:
        print(i, "TypeError:", e)

# A base class's __init__ changing affects a subclass call site.
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
total = 0
for i in range(300):
    total += Derived(i).v
    if i == 100:
        Base.__init__ = lambda self, v: setattr(self, "v", 2 * v)
print("base init", total)

# Classes replaced by other callables at the same site.
def maker(v):
    return P(v)
makers = [P, Q, maker, A]
total = 0
for i in range(400):
    o = makers[i % 4](i)
    total += len(vars(o))
print("class poly", total)

# Wrong argument counts to a specialized class call.
class W:
    def __init__(self, a):
        self.a = a
for i in range(200):
    W(i)
for args in [(), (1, 2)]:
    try:
        W(*args)
    except TypeError as e:
        print("TypeError:", e)
ws = [(1,), (1,), (1, 2)]
for i in range(150):
    try:
        W(*ws[i % 3])
    except TypeError as e:
        if i < 10:
            print(i, "TypeError:", e)
site = [W, W, W, W]
for i in range(200):
    try:
        site[i % 4](i) if i != 150 else site[i % 4]()
    except TypeError as e:
        print(i, "TypeError:", e)

# Exceptions raised inside a specialized __init__ and methods.
class E:
    def __init__(self, v):
        if v % 50 == 49:
            raise ValueError("bad %d" % v)
        self.v = v
caught = 0
for i in range(300):
    try:
        E(i)
    except ValueError as e:
        caught += 1
        last = str(e)
print("init raises", caught, last)

# Instances with __del__, and a class with __slots__.
class D:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
total = 0
for i in range(300):
    total += D(i).v
print("slots", total)
deleted = []
class Fin:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        deleted.append(self.v)
for i in range(200):
    Fin(i)
print("finalized", len(deleted), sum(deleted))

# Methods reached through super() and classmethods/staticmethods.
class K:
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return x + 2
    def m(self, x):
        return x + 3
class K2(K):
    def m(self, x):
        return super().m(x) * 2
k = K2()
total = 0
for i in range(300):
    total += k.s(i) + k.c(i) + k.m(i) + K.s(i) + K2.c(i)
print("descriptors", total)

# Recursion through __init__.
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None
n = Node(300)
count = 0
while n is not None:
    count += 1
    n = n.child
print("nodes", count)

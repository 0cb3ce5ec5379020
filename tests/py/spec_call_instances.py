# Calls of objects whose class defines __call__, in hot loops: the call
# sites specialize (and traces follow them) while classes, their __call__
# and the objects change under them.
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=0):
        return x + self.k + y

class Sub(Adder):
    pass

class Scaled(Adder):
    def __call__(self, x, y=0):
        return super().__call__(x, y) * 2

a, s, sc = Adder(3), Sub(10), Scaled(1)
total = 0
for i in range(600):
    total += a(i) + a(i, 2) + s(i) + sc(i)
    if i == 200:
        # The class's __call__ changes: every site must see the new one.
        Adder.__call__ = lambda self, x, y=0: x * 2 + y - self.k
    if i == 300:
        # An instance attribute named __call__ is not what calls use.
        a.__call__ = lambda x, y=0: -1
    if i == 400:
        def replaced(self, x, y=0):
            return x - y
        Adder.__call__.__code__ = replaced.__code__
print(total)

# One site, objects of many classes (and a plain function among them).
class A:
    def __call__(self, x):
        return x + 1
class B:
    def __call__(self, x):
        return x * 3
class C(B):
    def __call__(self, x, extra=100):
        return x - extra
def plain(x):
    return -x
fs = [A(), B(), C(), plain, A()]
acc = []
for i in range(400):
    acc.append(fs[i % len(fs)](i))
print(sum(acc), acc[:10])

# __call__ replaced by things that are not Python functions.
class D:
    def __call__(self, x):
        return x
d = D()
out = []
for i in range(400):
    out.append(d(i))
    if i == 100:
        D.__call__ = staticmethod(lambda x: ("static", x))
    if i == 200:
        D.__call__ = classmethod(lambda cls, x: (cls.__name__, x))
    if i == 300:
        del D.__call__
        D.__call__ = lambda self, *args: len(args)
print(out[99:103], out[199:203], out[299:303], out[-1])

# A generator __call__, and __call__ taking keyword-only parameters.
class G:
    def __call__(self, n):
        yield from range(n)
class K:
    def __call__(self, *, k=1):
        return k
g, kw = G(), K()
print(sum(sum(g(i % 7)) for i in range(300)), sum(kw() for _ in range(300)))

# Recursion through __call__, and deep chains of calls of objects.
class R:
    def __call__(self, m):
        return 0 if m == 0 else self(m - 1) + 1
class Chain:
    def __init__(self, inner):
        self.inner = inner
    def __call__(self, x):
        return self.inner(x) + 1
c = R()
for _ in range(6):
    c = Chain(c)
print(sum(c(i % 20) for i in range(300)))

# Errors raised in and by the calls, caught in the loop.
class Bad:
    def __call__(self):
        return 1
class Raises:
    def __call__(self, x):
        if x % 97 == 0:
            raise ValueError(f"bad {x}")
        return x
b, r = Bad(), Raises()
msgs = set()
for i in range(300):
    try:
        b(i)
    except TypeError as e:
        msgs.add(str(e))
    try:
        r(i)
    except ValueError as e:
        msgs.add(str(e))
print(sorted(msgs))

# Not callable any more: the class loses __call__ mid-loop, and the
# error escapes.
class Once:
    def __call__(self):
        return 1
o = Once()
n = 0
for i in range(500):
    n += o()
    if i == 450:
        del Once.__call__
print(n)

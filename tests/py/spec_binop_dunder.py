# Binary operators whose method is written in Python (BINARY_OP_PY_DUNDER):
# the method's frame runs inside the caller's loop; NotImplemented goes on
# with the reflected method or a TypeError; class changes deoptimize.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, o):
        return NotImplemented

    def __repr__(self):
        return f"V({self.x!r})"


def loop(n, a, b):
    out = []
    for _ in range(n):
        out.append(a + b)
    return out[-1]


print(loop(40, V(1), V(2)))
print(loop(40, V(1), 2))
print(loop(40, V(1), 2.5))

# Same site, the right operand's type changes: the guard sends it back.
acc = V(0)
for i in range(60):
    acc = acc + (V(1) if i % 3 else i)
print(acc)

# * with int and float right operands, and in a comprehension.
print([(V(i) * 2).x for i in range(30)][-3:])
print([(V(i) * 0.5).x for i in range(30)][-3:])


# NotImplemented from __sub__: same class -> TypeError; int/float -> their
# reflected method declines too -> TypeError.
def sub(a, b):
    try:
        return a - b
    except TypeError as e:
        return f"TypeError: {e}"


for i in range(30):
    r1 = sub(V(1), V(2))
    r2 = sub(V(1), 3)
    r3 = sub(V(1), 1.5)
print(r1)
print(r2)
print(r3)


# A subclass of int whose __add__ declines: int's reflected add takes it.
class I(int):
    def __add__(self, o):
        return NotImplemented


for i in range(30):
    r = I(5) + 2
print(r, type(r).__name__)


# += without __iadd__ uses __add__; with __iadd__ that goes first.
class P:
    def __init__(self):
        self.n = 0

    def __add__(self, o):
        q = P()
        q.n = self.n + o
        return q


class Q(P):
    def __iadd__(self, o):
        self.n += 10 * o
        return self


p = P()
q = Q()
for i in range(40):
    p += 1
    q += 1
print(p.n, type(p).__name__, q.n, type(q).__name__)


# The right operand's subclass with a reflected method goes first.
class S(V):
    def __radd__(self, o):
        return "S.__radd__"


for i in range(30):
    r = V(1) + S(2)
print(r)


# Monkey-patching the method mid-loop.
class M:
    def __add__(self, o):
        return "first"


res = []
m = M()
for i in range(50):
    if i == 30:
        M.__add__ = lambda self, o: "second"
    res.append(m + m)
print(res[29], res[30], res[-1])


# A method inherited from a base class, then overridden in the base.
class B:
    def __mul__(self, o):
        return "B.mul"


class C(B):
    pass


c = C()
out = []
for i in range(40):
    if i == 25:
        B.__mul__ = lambda self, o: "B.mul2"
    out.append(c * 2)
print(out[24], out[25])


# Exceptions inside the method propagate with the right traceback lines.
class E:
    def __add__(self, o):
        if o == 7:
            raise ValueError("seven")
        return o


def total(xs):
    e = E()
    s = 0
    for x in xs:
        s += e + x
    return s


try:
    total(list(range(20)))
except ValueError as ex:
    print("caught", ex)


# The method is a generator function or takes defaults: not specialized,
# still correct.
class G:
    def __add__(self, o):
        yield o

    def __mul__(self, o, k=3):
        return o * k


g = G()
for i in range(30):
    r1 = list(g + i)
    r2 = g * i
print(r1, r2)

# An uncaught error raised inside the method: the traceback goes through it.
print(total([1, 2, 3]))
total([5, 6, 7])

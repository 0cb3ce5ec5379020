# A loop that uses an object, calls code that changes its class, the
# object's class, a method's code or defaults, then uses the object again
# in the same iteration: the second use sees the change.


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"

    def n(self, k=1):
        return k


class B:
    def __init__(self):
        self.x = 2

    def m(self):
        return "B.m"

    def n(self, k=2):
        return k * 10


def nothing(i):
    return i


def switch_class(obj, i):
    if i == 300:
        obj.__class__ = B
    return i


def before_and_after(change, n):
    out = []
    a = A()
    for i in range(n):
        first = a.m() + str(a.x)
        change(a, i)
        second = a.m() + str(a.x)
        out.append(first + "/" + second)
    return out[0], out[299], out[300], out[-1]


print(before_and_after(lambda o, i: nothing(i), 600))
print(before_and_after(switch_class, 600))


def new_method(obj, i):
    if i == 300:
        A.m = lambda self: "A.m2"
    return i


print(before_and_after(new_method, 600))
del A.m


def _m(self):
    return "A.m"


A.m = _m


def other_code(obj, i):
    if i == 300:
        A.m.__code__ = (lambda self: "new code").__code__
    return i


print(before_and_after(other_code, 600))


def defaults_loop(n):
    out = []
    a = A()
    for i in range(n):
        first = a.n()
        if i == n // 2:
            A.n.__defaults__ = (7,)
        second = a.n()
        out.append((first, second))
    return out[0], out[n // 2], out[-1]


print(defaults_loop(600))


def two_receivers(n):
    # The same method through two objects of one class, the class's
    # method replaced between the calls from inside a call.
    out = []
    p, q = B(), B()

    def replace(i):
        if i == n // 2:
            B.m = lambda self: "B.m3"

    for i in range(n):
        r1 = p.m()
        replace(i)
        r2 = q.m()
        out.append(r1 + r2)
    return out[0], out[n // 2], out[-1]


print(two_receivers(600))


def attribute_across_call(n):
    # The instance gains a __dict__ and the class a shadowing property
    # in a call between two reads of the same attribute.
    out = []

    class C:
        def __init__(self):
            self.v = 5

    c = C()

    def meddle(i):
        if i == n // 3:
            vars(c)
        if i == 2 * n // 3:
            C.v = property(lambda self: 99)

    for i in range(n):
        a1 = c.v
        meddle(i)
        a2 = c.v
        out.append((a1, a2))
    return out[0], out[n // 3], out[2 * n // 3], out[-1]


print(attribute_across_call(600))


def flipping(n):
    # Every iteration changes the object's class inside the trace's own
    # path (a store to __class__, not a call the trace follows).
    out = []
    a = A()
    for i in range(n):
        first = a.m()
        a.__class__ = B if type(a) is A else A
        second = a.m()
        if i < 3 or i > n - 3:
            out.append(first + "/" + second)
    return out


print(flipping(400))


def _one(self):
    return 1


def _two(self):
    return 2


class D:
    def f(self):
        return 1


def recoding(n):
    # Every iteration gives the method new code between two calls of it.
    out = 0
    d = D()
    codes = (_one.__code__, _two.__code__)
    for i in range(n):
        first = d.f()
        D.f.__code__ = codes[i % 2]
        second = d.f()
        out += first * 10 + second
    return out


print(recoding(400))


# Changes made by code a built-in runs (map calls it) in the middle of an
# iteration: the trace goes on after the call, so what it knew before
# the call must still hold after it, or the trace must leave.
def g(x):
    return x + 1


def _times_100(x):
    return x * 100


def maybe_recode(i):
    if i == 300:
        g.__code__ = _times_100.__code__


class E:
    def f(self, x):
        return x + 2


def maybe_recode_method(i):
    if i == 300:
        E.f.__code__ = (lambda self, x: x * 1000).__code__


def recoded_mid_iteration(n):
    out = []
    e = E()
    for i in range(n):
        a = g(i) + e.f(i)
        list(map(maybe_recode, (i,)))
        list(map(maybe_recode_method, (i,)))
        b = g(i) + e.f(i)
        if i < 2 or i > n - 2 or i == 300:
            out.append((a, b))
    return out


print(recoded_mid_iteration(600))


class LA(list):
    __slots__ = ()

    def m(self):
        return "A"


class LB(list):
    __slots__ = ()

    def m(self):
        return str(len("BB"))


def maybe_switch(obj, i):
    if i == 300:
        obj.__class__ = LB


def switched_mid_iteration(n):
    out = []
    a = LA()
    for i in range(n):
        first = a.m()
        list(map(maybe_switch, (a,), (i,)))
        second = a.m()
        if i < 2 or i > n - 2 or i == 300:
            out.append(first + "/" + second)
    return out


print(switched_mid_iteration(600))

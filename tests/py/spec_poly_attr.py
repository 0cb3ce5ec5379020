# Polymorphic attribute, method and call sites: code in a base class runs on
# instances of several subclasses (LOAD_ATTR_INSTANCE_VALUE_POLY,
# LOAD_METHOD_WITH_VALUES_POLY, STORE_ATTR_INSTANCE_VALUE_POLY,
# CALL_PY_SIMPLE), and the classes, instances and functions change mid-loop.


class Base:
    def __init__(self, x):
        self.x = x
        self.count = 0

    def step(self, k):
        self.count += k
        return self.x + self.count

    def kind(self):
        return "base"

    def tick(self):
        return self.kind()


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    def __init__(self, x):
        self.extra = -x  # set before the base's attributes: other slots
        Base.__init__(self, x)

    def kind(self):
        return "B"


class C(Base):
    def kind(self):
        return "C"


class D(Base):
    pass


class E(Base):
    def kind(self):
        return "E"


class F(E):
    def kind(self):
        return "F"


def objs():
    return [A(1), B(2), C(3), D(4)]


def run_steps(items, n, hook=None):
    total = 0
    kinds = []
    for i in range(n):
        if hook is not None:
            hook(i, items)
        for o in items:
            total += o.step(i % 7)
            if i % 50 == 0:
                kinds.append(o.tick())
    return total, "".join(k[0] for k in kinds)


print("plain", run_steps(objs(), 300))
print("megamorphic", run_steps(objs() + [E(5), F(6)], 300))


# A class attribute added to, then removed from, the base mid-loop: a
# property (data descriptor) beats the instance attribute.
def base_property(i, items):
    if i == 100:
        Base.x = property(lambda self: 1000)
    if i == 200:
        del Base.x


print("base property", run_steps(objs(), 300, base_property))


# A plain class attribute on a subclass does not hide the instance's own
# value; a data descriptor on one subclass does, only for that subclass.
def sub_attrs(i, items):
    if i == 60:
        B.x = 500
    if i == 120:
        C.x = property(lambda self: -7)
    if i == 180:
        del C.x
    if i == 240:
        del B.x


print("subclass attrs", run_steps(objs(), 300, sub_attrs))


# A method monkey-patched on the base while subclasses use it, overridden
# on one subclass, then the override deleted.
saved_step = Base.step
saved_kind = Base.kind


def patch_methods(i, items):
    if i == 70:
        Base.step = lambda self, k: self.x * 100 + k
    if i == 140:
        D.kind = lambda self: "Dpatched"
    if i == 150:
        Base.kind = lambda self: "base2"
    if i == 210:
        Base.step = saved_step
        del D.kind
    if i == 260:
        Base.kind = saved_kind


print("patch methods", run_steps(objs(), 300, patch_methods))


# __class__ reassigned between sibling classes mid-loop.
def swap_classes(i, items):
    if i % 40 == 20:
        o = items[i % len(items)]
        o.__class__ = A if type(o) is not A else C


print("swap classes", run_steps(objs(), 300, swap_classes))
print("after swap", [type(o).__name__ for o in objs()])


# Instance attributes added in different orders in different classes and
# instances, read and written by one site.
class P:
    pass


class Q:
    pass


class R(P):
    pass


def fill(o, names, v):
    for n in names:
        setattr(o, n, v)
    return o


def orders(n):
    items = [
        fill(P(), "abc", 1),
        fill(Q(), "cba", 2),
        fill(R(), "bca", 3),
        fill(P(), "cab", 4),
    ]
    total = 0
    for i in range(n):
        for o in items:
            total += o.a + o.b * 2 + o.c * 3
            o.b = o.b + 1
            if i == 150 and type(o) is Q:
                o.d = 10
            if i > 150 and hasattr(o, "d"):
                total += o.d
    return total, [sorted(vars(o).items()) for o in items]


print("orders", orders(300))


# An instance attribute that shadows a method, on one instance only, then
# removed; and a __dict__ materialized and replaced mid-loop.
def shadows(n):
    items = objs()
    out = []
    for i in range(n):
        for o in items:
            out.append(o.kind())
        if i == 100:
            items[1].kind = lambda: "shadow"
        if i == 150:
            del items[1].kind
        if i == 200:
            d = items[2].__dict__
            d["x"] = 77
        if i == 230:
            items[3].__dict__ = {"x": 5, "count": 1, "kind": lambda: "dict"}
    return "".join(k[0] for k in out[::37]), items[2].x, items[3].step(1)


print("shadows", shadows(300))


# Attributes deleted mid-loop: the slot empties, the class attribute (if
# any) shows through, else AttributeError with CPython's message.
class Dflt(Base):
    x = "class-x"


def deletions(n):
    items = [A(1), Dflt(2), C(3)]
    seen = []
    for i in range(n):
        for o in items:
            try:
                seen.append(o.x)
            except AttributeError as e:
                seen.append(str(e))
        if i == 100:
            del items[1].x
        if i == 200:
            del items[2].x
    return seen[::41]


print("deletions", deletions(300))


# __getattr__, __getattribute__ and __setattr__ added mid-loop.
def hooks(n):
    items = objs()
    log = []
    for i in range(n):
        for o in items:
            o.count = i
            log.append(o.x)
            try:
                log.append(o.missing)
            except AttributeError as e:
                log.append(str(e))
        if i == 80:
            Base.__getattr__ = lambda self, name: "ga:" + name
        if i == 160:
            C.__getattribute__ = lambda self, name: "gab:" + name
        if i == 200:
            def setattr_hook(self, name, value):
                object.__setattr__(self, name, value * 2)
            A.__setattr__ = setattr_hook
        if i == 250:
            del Base.__getattr__
            del C.__getattribute__
            del A.__setattr__
    return log[::53], [o.count for o in items]


print("hooks", hooks(300))


# __slots__ classes next to dict classes at one site.
class S1:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 0


class S2(S1):
    __slots__ = ("z",)

    def __init__(self, x):
        S1.__init__(self, x)
        self.z = 1


def slots_mix(n):
    items = [S1(1), S2(2), A(3), B(4)]
    total = 0
    for i in range(n):
        for o in items:
            total += o.x
            o.x = o.x + 1
    return total, [o.x for o in items]


print("slots", slots_mix(300))


# Polymorphic call sites: different functions of one shape, then others of
# other shapes (defaults, *args, a generator), and __code__ replaced.
def f1(a, b):
    return a + b


def f2(a, b):
    return a * b


def f3(a, b=10):
    return a - b


def f4(*args):
    return len(args)


def f5(a, b):
    yield a
    yield b


def g2(a, b, c):
    return a + b + c


def calls(n):
    fs = [f1, f2, f1, f2]
    total = 0
    for i in range(n):
        for f in fs:
            r = f(i, 3)
            total += r if isinstance(r, int) else sum(r)
        if i == 100:
            fs.append(f3)
        if i == 150:
            fs.append(f4)
        if i == 200:
            fs.append(f5)
        if i == 250:
            f2.__code__ = g2.__code__
            try:
                f2(1, 2)
            except TypeError as e:
                print("code swap:", e)
            f2.__code__ = f1.__code__
    return total


print("calls", calls(300))


def method_calls(n):
    items = objs() + [E(5)]
    total = 0
    for i in range(n):
        for o in items:
            total += o.step(1)
        if i == 120:
            def step(self, k, extra=5):
                return extra
            C.step = step
        if i == 220:
            def step2(self, *ks):
                return len(ks)
            C.step = step2
    return total


print("method calls", method_calls(300))


# Wrong argument counts at a polymorphic call site raise CPython's errors.
def bad_calls():
    fs = [f1, f2, f1, f2, g2]
    out = []
    for i in range(60):
        for f in fs:
            try:
                out.append(f(i, 1))
            except TypeError as e:
                out.append(str(e))
    return out[-5:]


print("bad calls", bad_calls())


# Static methods called and read through the class (LOAD_METHOD_CLASS and
# LOAD_ATTR_CLASS cache the function inside), replaced mid-loop by another
# static method, a class method, a plain function and a data attribute.
class Util:
    @staticmethod
    def f(a, b):
        return a + b


class SubUtil(Util):
    pass


def static_calls(n):
    out = []
    for i in range(n):
        for cls in (Util, SubUtil):
            try:
                out.append(cls.f(i, 2))
            except TypeError as e:
                out.append(str(e))
            g = cls.f
            out.append(g.__name__)
        if i == 60:
            Util.f = staticmethod(lambda a, b: a * b)
        if i == 120:
            Util.f = classmethod(lambda c, a, b: c.__name__ + str(a + b))
        if i == 180:
            SubUtil.f = staticmethod(lambda a, b: -a)
        if i == 220:
            def plain(a, b):
                return a - b
            Util.f = plain
            del SubUtil.f
        if i == 260:
            Util.f = len
    return out[::29]


print("static", static_calls(300))

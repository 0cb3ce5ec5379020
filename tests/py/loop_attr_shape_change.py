# Attribute access in hot loops while classes and instances change shape.
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x
    def get(self):
        return self.x * 10
def total_x(objs):
    t = 0
    for o in objs:
        t += o.x
    return t
ps = [P(i) for i in range(2000)]
print(total_x(ps))
print(total_x(ps + [Q(5)]))
def total_get(objs):
    t = 0
    for o in objs:
        t += o.get()
    return t
mixed = [P(i) if i % 3 else Q(i) for i in range(3000)]
print(total_get(mixed))
def mutate_class(n):
    t = 0
    p = P(1)
    for i in range(n):
        if i == n // 2:
            P.get = lambda self: 1000
        t += p.get()
    return t
print(mutate_class(2000))
del P.get
try:
    P(1).get()
except AttributeError as e:
    print("AttributeError:", e)
class C:
    k = 1
def class_attr_loop(n):
    t = 0
    c = C()
    for i in range(n):
        if i == 500:
            C.k = 2
        if i == 1000:
            c.k = 100
        if i == 1500:
            del c.k
        t += c.k
    return t
print(class_attr_loop(2000))
def add_attrs(n):
    objs = []
    for i in range(n):
        o = P(i)
        if i % 2:
            o.extra = i
        if i % 3 == 0:
            o.more = -i
        objs.append(o)
    s = 0
    for o in objs:
        s += getattr(o, "extra", 0) + getattr(o, "more", 0) + o.x
    return s
print(add_attrs(3000))
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
print(total_x([S(i) for i in range(1000)] + [P(1), Q(2)]))
def prop_switch(n):
    class R:
        def __init__(self):
            self.v = 1
    r = R()
    t = 0
    for i in range(n):
        if i == n // 2:
            R.v = property(lambda self: 42)
        t += r.v
    return t
print(prop_switch(1000))
class Base:
    def f(self):
        return 1
class D1(Base):
    pass
class D2(Base):
    def f(self):
        return 2
def inherited(n):
    objs = [D1(), D2(), Base()]
    t = 0
    for i in range(n):
        if i == n // 2:
            Base.f = lambda self: 5
        t += objs[i % 3].f()
    return t
print(inherited(3000))

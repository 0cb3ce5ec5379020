# Class definitions, instances, methods, class vs instance attributes.
class Counter:
    """A simple counter."""
    instances = 0
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def inc(self, by=1):
        self.value += by
        return self
    def __repr__(self):
        return f"Counter({self.value})"
c1 = Counter()
c2 = Counter(10)
c1.inc().inc().inc(5)
print(c1, c2, Counter.instances)
print(Counter.__name__, Counter.__qualname__, Counter.__doc__)
print(type(c1) is Counter, type(c1).__name__, isinstance(c1, Counter))
print(c1.__class__.__name__)
print(sorted(c1.__dict__.items()))
c1.extra = "dynamic"
print(sorted(vars(c1)))
print(Counter.inc(c2, 100))
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__)
class WithClassVar:
    shared = []
    def add(self, x):
        self.shared.append(x)
a, b = WithClassVar(), WithClassVar()
a.add(1)
b.add(2)
print(WithClassVar.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, WithClassVar.shared)
del a.shared
print(a.shared)
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().who())
print(Outer.Inner.__qualname__)
def method_defined_outside(self):
    return "outside " + type(self).__name__
Empty.m = method_defined_outside
print(e.m())
class Chain:
    def __init__(self):
        self.ops = []
    def a(self):
        self.ops.append("a")
        return self
    def b(self):
        self.ops.append("b")
        return self
print(Chain().a().b().a().ops)
class Temp:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
    try:
        w = [x * i for i in range(3)]
    except NameError as e:
        w = "NameError: " + str(e)
    v = [x for _ in range(2)] if False else None
print(Temp.x, Temp.y, Temp.z, Temp.w, Temp.v)
try:
    Temp.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Counter(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)

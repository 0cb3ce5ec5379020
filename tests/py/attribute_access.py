# Attribute lookup: instance vs class vs inherited, methods, getattr defaults.
class Base:
    kind = "base"
    def describe(self):
        return f"{type(self).__name__} kind={self.kind}"
class Child(Base):
    kind = "child"
class Plain(Base):
    pass
b, c, p = Base(), Child(), Plain()
print(b.describe(), c.describe(), p.describe())
p.kind = "instance override"
print(p.describe(), Plain.kind)
Base.kind = "changed base"
print(b.describe(), Plain().describe(), c.describe())
print(getattr(c, "kind"), getattr(c, "missing", "default"), hasattr(c, "describe"))
setattr(c, "new_attr", [1])
print(c.new_attr, c.__dict__)
delattr(c, "new_attr")
print(c.__dict__)
print(Base.describe(c))
print((5).real, (5).imag, (5).numerator, (5).denominator, 3.5.real)
print(type("abc".upper).__name__, "x".__class__, [].__class__.__name__)
print(type(Base.__dict__["describe"]).__name__, type(b.describe).__name__)
print(b.describe.__name__, b.describe.__self__ is b, b.describe.__func__ is Base.describe)
for obj, name in [(b, "nope"), (Base, "nope"), (5, "nope"), ("s", "nope"), (None, "x"), ([], "push")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    pass
d = Dyn()
for i in range(5):
    setattr(d, f"a{i}", i * i)
print(sorted(vars(d).items()))
print(sum(getattr(d, f"a{i}") for i in range(5)))
class Chain:
    def __init__(self, depth):
        self.next = Chain(depth - 1) if depth else None
        self.depth = depth
ch = Chain(4)
print(ch.next.next.next.depth, ch.next.next.next.next.next)
print(b.__class__ is Base, Child.__base__ is Base, Base.__name__, Child.__mro__)
print(getattr(getattr(ch, "next"), "depth"))

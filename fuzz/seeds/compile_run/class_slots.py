# __slots__: restricted attributes, no __dict__, inheritance, defaults.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Partial:
    __slots__ = ["a", "b"]
q = Partial()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 1
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
class Child(Point):
    pass
c = Child(3, 4)
c.extra = "allowed"
print(c.x, c.extra, hasattr(c, "__dict__"))
class SlotChild(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
sc = SlotChild(1, 2, 3)
print(sc.x, sc.y, sc.z, hasattr(sc, "__dict__"))
try:
    sc.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
print(type(Point.x).__name__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
pts = [Point(i, i * i) for i in range(5)]
print([(pt.x, pt.y) for pt in pts])
print(sum(pt.y for pt in pts))

# staticmethod and classmethod: calls through class, instance and subclasses.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
        type(self).count += 1
    @staticmethod
    def describe(n):
        return f"{n} sides"
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
class Square(Shape):
    def __init__(self, sides=4):
        super().__init__(sides)
t = Shape.triangle()
sq = Square.triangle()
print(type(t).__name__, t.sides, type(sq).__name__, sq.sides)
print(Shape.describe(5), t.describe(6), Square.describe(7))
print(Shape.how_many(), Square.how_many(), sq.how_many())
print(type(Shape.__dict__["describe"]).__name__, type(Shape.__dict__["triangle"]).__name__)
print(type(Shape.describe).__name__, type(Shape.triangle).__name__, Shape.triangle.__self__ is Shape)
def plain(x):
    return x * 2
sm = staticmethod(plain)
cm = classmethod(lambda cls, x: (cls.__name__, x))
class Holder:
    s = sm
    c = cm
print(Holder.s(4), Holder().s(5), Holder.c(1), Holder().c(2))
print(sm.__func__ is plain, callable(sm))
class Counter:
    _n = 0
    @classmethod
    def next_id(cls):
        cls._n += 1
        return cls._n
class SubCounter(Counter):
    pass
print([Counter.next_id() for _ in range(3)], [SubCounter.next_id() for _ in range(2)], Counter._n, SubCounter._n)
class Alt:
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    @staticmethod
    def valid(s):
        return s.isdigit()
    def __repr__(self):
        return f"Alt({self.v})"
print([Alt.from_str(s) for s in ["1", "22", "x3", "4"] if Alt.valid(s)])
class PropCM:
    @classmethod
    def name(cls):
        return cls.__qualname__
print(PropCM.name(), PropCM().name())

# __init_subclass__ hooks, class registration, __set_name__.
class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)
class A(Base):
    pass
class B(A):
    pass
class C(Base, tag="c"):
    pass
print(Base.subclasses)
class Validated:
    required = ()
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        cls.required = tuple(required)
        for name in cls.required:
            if not hasattr(cls, name):
                raise TypeError(f"{cls.__name__} must define {name}")
class Good(Validated, required=["run"]):
    def run(self):
        return "running"
print(Good.required, Good().run())
try:
    class BadOne(Validated, required=["run", "stop"]):
        def run(self):
            pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    x = Field()
    y = Field()
m = Model()
print(m.x)
m.x = 5
print(m.x, m.y, type(Model.x).__name__)
class Counting:
    n = 0
    def __init_subclass__(cls):
        Counting.n += 1
        cls.idx = Counting.n
class P1(Counting): pass
class P2(Counting): pass
class P3(P1): pass
print(P1.idx, P2.idx, P3.idx, Counting.n)

# property with getter/setter/deleter, read-only properties, validation.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t._c)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class Manual:
    def _get(self):
        return "got"
    def _set(self, v):
        self.stored = v
    x = property(_get, _set, None, "doc for x")
m = Manual()
m.x = 5
print(m.x, m.stored, Manual.x.__doc__, type(Manual.x).__name__)
print(isinstance(Manual.x, property), Manual.x.fget is Manual._get, Manual.x.fdel)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name)
class WithErr:
    @property
    def bad(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, n):
        return f"__getattr__({n})"
print(WithErr().bad)
class NoSetter:
    @property
    def ro(self):
        return 1
try:
    NoSetter().ro = 2
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1)
print(p.fset, p.fdel, p.__doc__)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
r = Rect(3, 4)
print(r.area)
r.w = 10
print(r.area)

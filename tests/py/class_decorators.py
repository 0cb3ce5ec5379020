# Class decorators.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point("a", None)])
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@with_tag("first")
class A:
    pass
@with_tag("second")
@register
class B(A):
    pass
print(registry, A.tag, B.tag)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)
def auto_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@auto_eq
@add_repr
class V:
    def __init__(self, *vals):
        self.vals = vals
print(V(1, 2) == V(1, 2), V(1) == V(2), V(1) != V(1), V(3))
try:
    hash(V())
except TypeError as e:
    print("TypeError:", e)
def replace(cls):
    return "replaced"
@replace
class Gone:
    pass
print(Gone)

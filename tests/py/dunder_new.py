# __new__: construction order, singletons, immutable subclasses, returning other types.
class Traced:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print("  __init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a = Singleton()
b = Singleton()
print(a is b, a.count)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p))
class Cache:
    _pool = {}
    def __new__(cls, key):
        if key in cls._pool:
            return cls._pool[key]
        obj = super().__new__(cls)
        cls._pool[key] = obj
        return obj
    def __init__(self, key):
        self.key = key
print(Cache("a") is Cache("a"), Cache("a") is Cache("b"), len(Cache._pool))
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(7).a)

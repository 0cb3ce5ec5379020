# __getattr__, __getattribute__, __setattr__, __delattr__ hooks.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 2
print(t.y)
del p.x
print(hasattr(t, "x"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    a = "class attr"
    def __init__(self):
        self.b = "instance attr"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
print(d.a, d.b, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def real(self):
        return "real method"
e = Everything()
print(e.secret, e.real())
try:
    e.other
except AttributeError as err:
    print("AttributeError:", err)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, val):
        raise AttributeError(f"cannot set {n}: frozen")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as err:
    print("AttributeError:", err)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as err:
    print("ValueError:", err)
print(v.age, vars(v))
class Recorder:
    def __init__(self):
        self.__dict__["history"] = []
    def __setattr__(self, n, val):
        self.history.append(n)
        self.__dict__[n] = val
r = Recorder()
r.a = 1; r.b = 2; r.a = 3
print(r.history, r.a)
class GetattrOrder:
    x = "class"
    def __getattr__(self, name):
        return "fallback:" + name
g = GetattrOrder()
g.y = "inst"
print(g.x, g.y, g.z)

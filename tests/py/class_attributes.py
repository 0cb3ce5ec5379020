# Class attributes vs instance attributes, shadowing, mutation via class.
class Config:
    debug = False
    items = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
    def enable(self):
        self.debug = True
    def add(self, x):
        self.items.append(x)
a, b = Config("a"), Config("b")
a.enable()
print(a.debug, b.debug, Config.debug)
a.add(1); b.add(2)
print(Config.items, a.items is b.items)
print(Config.count, a.count)
a.count = 100
print(Config.count, a.count, b.count)
Config.debug = "class changed"
print(a.debug, b.debug)
del a.debug
print(a.debug)
print("debug" in vars(a), "debug" in vars(Config), sorted(k for k in vars(Config) if not k.startswith("__")))
class Sub(Config):
    debug = "sub"
s = Sub("s")
print(s.debug, Sub.count, Config.count, s.items is Config.items)
Sub.count = 0
print(Sub.count, Config.count)
class Const:
    PI = 3.14
    TAU = PI * 2
    NAMES = [n.upper() for n in ("a", "b")]
print(Const.TAU, Const.NAMES)
setattr(Const, "NEW", 1)
print(Const.NEW, getattr(Const(), "NEW"))
delattr(Const, "NEW")
print(hasattr(Const, "NEW"))
class Tracked:
    registry = {}
    def __init__(self, key):
        type(self).registry[key] = self
        self.key = key
for k in "xyz":
    Tracked(k)
print(sorted(Tracked.registry), Tracked.registry["y"].key)
print(type(Config.__dict__).__name__)
try:
    Config.__dict__["new"] = 1
except TypeError as e:
    print("TypeError:", e)

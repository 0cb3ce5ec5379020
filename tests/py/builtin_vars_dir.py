# vars() and dir(): instance dicts, class dicts, filtered dir listings.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.x = 1
        self.y = [2]
    def method(self):
        return self.x
t = Thing()
print(vars(t))
t.z = "added"
print(vars(t), vars(t) is t.__dict__)
vars(t)["w"] = "via vars"
print(t.w)
public = [n for n in dir(t) if not n.startswith("__")]
print(public)
print([n for n in dir(Thing) if not n.startswith("__")])
print("__init__" in dir(t), "__class__" in dir(t), "__dict__" in dir(t), "x" in dir(Thing))
print(dir(t) == sorted(dir(t)))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print(type(vars(Thing)).__name__, "method" in vars(Thing), "base_method" in vars(Thing))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(CustomDir()))
import mod_helper
print([n for n in dir(mod_helper) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir({}) if not n.startswith("_")])
def local_scope():
    a = 1
    b = 2
    return sorted(dir())
print(local_scope())

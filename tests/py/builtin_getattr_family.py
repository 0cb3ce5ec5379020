# getattr / setattr / hasattr / delattr.
class Obj:
    cls_level = "class"
    def __init__(self):
        self.a = 1
    @property
    def prop(self):
        return "property value"
    @property
    def broken(self):
        raise ValueError("property raised ValueError")
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_level"), getattr(o, "prop"), getattr(o, "zzz", "default"), getattr(Obj, "cls_level"))
setattr(o, "b", [2])
setattr(o, "with space", "odd name")
print(o.b, getattr(o, "with space"), sorted(vars(o)))
print(hasattr(o, "a"), hasattr(o, "nope"), hasattr(o, "prop"), hasattr(Obj, "a"), hasattr(o, "__init__"))
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print("getattr default only catches AttributeError")
try:
    getattr(o, "broken", "default")
except ValueError as e:
    print("ValueError:", e)
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "b")
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: getattr(o, 1), lambda: setattr(o, 2, 3), lambda: hasattr(o, None), lambda: delattr(o, 1.5), lambda: getattr(o)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
names = ["x", "y", "z"]
for i, n in enumerate(names):
    setattr(o, n, i * 10)
print([getattr(o, n) for n in names])
print(getattr("text", "upper")(), getattr([3, 1, 2], "index")(2), getattr(5, "bit_length")())
setattr(Obj, "added", lambda self: "added method")
print(o.added())
print(getattr(o, "__class__").__name__, getattr(Obj, "__name__"))
class Dyn:
    def __getattr__(self, name):
        if name == "special":
            return "from __getattr__"
        raise AttributeError(name)
d = Dyn()
print(hasattr(d, "special"), hasattr(d, "other"), getattr(d, "other", "dflt"))

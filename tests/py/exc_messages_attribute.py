# AttributeError messages for instances, classes, modules, builtins, None.
import math
import mod_helper
class Foo:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
class Slotted:
    __slots__ = ("a",)
tests = [
    ("Foo().missing", lambda: Foo().missing),
    ("Foo.missing", lambda: Foo.missing),
    ("math.missing", lambda: math.missing),
    ("mod_helper.missing", lambda: mod_helper.missing),
    ("None.attr", lambda: None.attr),
    ("(1).attr", lambda: (1).attr),
    ("'s'.attr", lambda: "s".attr),
    ("[].attr", lambda: [].attr),
    ("{}.append", lambda: {}.append),
    ("(1,).append", lambda: (1,).append),
    ("int.missing", lambda: int.missing),
    ("Slotted().a", lambda: Slotted().a),
    ("Slotted().b = 1", lambda: setattr(Slotted(), "b", 1)),
    ("object().x = 1", lambda: setattr(object(), "x", 1)),
    ("(1).real = 2", lambda: setattr(1, "real", 2)),
    ("'s'.upper = 1", lambda: setattr("s", "upper", 1)),
    ("del Foo().missing", lambda: delattr(Foo(), "missing")),
    ("del Foo().cls_attr", lambda: delattr(Foo(), "cls_attr")),
    ("len.x", lambda: len.x),
    ("Foo().inst.attr", lambda: Foo().inst.attr),
    ("print.__self__.nothing", lambda: print.nothing),
    ("int.x = 1", lambda: setattr(int, "x", 1)),
    ("(lambda: 0).nope", lambda: (lambda: 0).nope),
    ("type.nope", lambda: type.nope),
    ("True.nope", lambda: True.nope),
    ("3.5.nope", lambda: (3.5).nope),
]
for label, fn in tests:
    try:
        fn()
        print(label, "=> no error")
    except (AttributeError, TypeError) as e:
        print(label, "=>", type(e).__name__ + ":", e)
try:
    Foo().missing
except AttributeError as e:
    print(repr(e), e.args)
print(hasattr(Foo(), "inst"), hasattr(Foo, "inst"), hasattr(None, "__class__"))

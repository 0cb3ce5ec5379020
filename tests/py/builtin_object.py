# object(): bare instances, default dunder behaviour, comparisons.
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object), o == o, o != o, o is o, o == object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o < object()
except TypeError as e:
    print("TypeError:", e)
print(hash(o) == hash(o), bool(o), str(o) == repr(o), repr(o).startswith("<object object at 0x"))
print(object.__name__, object.__bases__, object.__mro__, type(object).__name__)
class Plain:
    pass
p = Plain()
print(p.__class__.__name__, p.__dict__, Plain.__bases__, Plain.__module__, repr(p).startswith("<__main__.Plain object at 0x"))
print(p.__eq__(p), p.__eq__(Plain()), p.__ne__(p), p.__lt__(p), Plain().__hash__() == Plain().__hash__())
print(object.__eq__(1, 1), object.__eq__(1, 2))
print(sorted(k for k in ("__init__", "__repr__", "__eq__", "__hash__", "__str__", "__class__") if hasattr(o, k)))
sentinel = object()
def get(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(get({"a": None}, "a"), get({}, "a"), get({}, "a", 0))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(str(object.__init__.__name__), callable(object))

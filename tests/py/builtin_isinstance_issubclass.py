# isinstance and issubclass with tuples, bool/int, user classes, object.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object), isinstance(b, (C, A)), isinstance(b, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, object))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), frozenset))
print(isinstance(range(1), range), isinstance(len, object), isinstance(A, type), isinstance(type, type), isinstance(object, type))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(int, object), issubclass(B, (C, A)))
print(issubclass(type, object), issubclass(object, type), issubclass(KeyError, (ValueError, LookupError)))
print(isinstance(b, (C, (A, int))), issubclass(B, ((C,), A)))
try:
    isinstance(b, b)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A, 5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(None, int | None), issubclass(bool, int | str))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float, complex)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, set, frozenset, dict)):
        return "container"
    return "other"
print([kind(v) for v in [True, 1, 2.0, "s", b"b", [1], (1,), {1}, {1: 1}, None, A()]])
class Sub(list):
    pass
print(isinstance(Sub(), list), isinstance([], Sub), issubclass(Sub, (dict, list)), type(Sub()) is list)

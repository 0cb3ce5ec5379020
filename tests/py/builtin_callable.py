# callable() for functions, classes, instances with/without __call__, builtins, methods.
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def f():
    pass
items = [f, lambda: 0, len, print, int, str, type, object, WithCall, WithCall(), Without, Without(), 5, "s", None, [], WithCall().__call__, "x".upper, staticmethod, (lambda: 0).__call__]
print([callable(x) for x in items])
w = Without()
w.__call__ = lambda: "instance attribute"
print(callable(w))
Without.__call__ = lambda self: "class attribute"
print(callable(w), w())
class Sub(WithCall):
    pass
print(callable(Sub()), Sub()())
print(callable(callable))

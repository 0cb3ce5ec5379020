# Function objects: __name__, __qualname__, __defaults__, __kwdefaults__, __doc__, __module__, __dict__.
def top(a, b=2, *args, c=3, **kw):
    """Top-level docstring."""
    return a
print(top.__name__, top.__qualname__, top.__defaults__, top.__kwdefaults__, top.__doc__, top.__module__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
    lam = lambda self: 0
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.lam.__qualname__)
def factory():
    def made():
        pass
    return made
print(factory().__name__, factory().__qualname__)
f = lambda x: x
print(f.__name__, f.__qualname__, f.__defaults__, f.__doc__)
top.__name__ = "renamed"
print(top.__name__, top.__qualname__)
top.custom = "attr"
print(top.custom, top.__dict__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
def kw(*, a=1, b):
    pass
print(kw.__kwdefaults__, kw.__defaults__)
code = top.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(callable(top), type(top).__name__, type(len).__name__, type(Outer.method).__name__, type(Outer().method).__name__)
print(len.__name__, len.__qualname__, print.__name__, abs.__module__, len.__doc__[:20] if len.__doc__ else None)
def g():
    return g.counter
g.counter = 5
print(g())
print(sorted(k for k in dir(top) if k in ("__name__", "__defaults__", "__code__", "__call__", "__globals__")))
print(top.__globals__ is globals())
def with_closure():
    v = 1
    def inner():
        return v
    return inner
print(with_closure().__closure__ is not None, top.__closure__)
print(repr(factory.__defaults__), factory.__kwdefaults__)

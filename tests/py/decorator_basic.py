# Function decorators: wrapping, registering, returning other objects.
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def add(a, b):
    return a + b
@register
def mul(a, b):
    return a * b
print(sorted(registry))
print(registry["add"](2, 3), registry["mul"](2, 3))
calls = []
def trace(fn):
    def inner(*a):
        calls.append((fn.__name__, a))
        return fn(*a)
    return inner
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5))
print(calls)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
def count_calls(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@count_calls
def noop(x=None):
    return x
for i in range(7):
    noop(i)
print("calls", noop.calls)
print((lambda f: f)(lambda: "direct")())
class Decor:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return ("Decor", self.fn(*a))
@Decor
def sq(x):
    return x * x
print(sq(4), sq(5), sq.n)
@(lambda f: (lambda *a: f(*a) + 1))
def plus_one_after(x):
    return x * 10
print(plus_one_after(3))

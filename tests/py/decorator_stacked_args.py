# Stacked decorators and decorator factories with arguments.
order = []
def tag(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        def wrapper(*a, **k):
            return f"<{name}>" + fn(*a, **k) + f"</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(order)
print(text("hi"))
def repeat(times):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(times)]
        return w
    return deco
@repeat(3)
def echo(x):
    return x
print(echo("e"))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def validate(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return w
    return deco
@validate(int, str)
def label(n, s):
    return s * n
print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print(e)
def method_deco(fn):
    def w(self, *a):
        return ("decorated", fn(self, *a))
    return w
class K:
    @method_deco
    def m(self, x):
        return x + 1
    @staticmethod
    @repeat(2)
    def s(x):
        return x
print(K().m(1), K.s(9))

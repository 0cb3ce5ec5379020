# Calls in hot loops: positional, keyword, defaults, *args, closures, methods, recursion, builtins.
def add(a, b=1):
    return a + b
def kw(a, *, scale=2):
    return a * scale
def var(*args):
    return len(args)
def kwargs(**k):
    return len(k)
def run(n):
    t = 0
    for i in range(n):
        t += add(i)
        t += add(i, 2)
        t += add(b=3, a=i)
        t += kw(i)
        t += kw(i, scale=3)
        t += var(i, i, i)
        t += var(*(i, i))
        t += kwargs(x=i, y=i)
    return t
print(run(5000))
def make_counter():
    c = 0
    def inc(d=1):
        nonlocal c
        c += d
        return c
    return inc
inc = make_counter()
for i in range(10000):
    inc(i % 3)
print(inc(0))
class V:
    def __init__(self, v):
        self.v = v
    def plus(self, o):
        return V(self.v + o.v)
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return x * 2
def method_loop(n):
    acc = V(0)
    one = V(1)
    t = 0
    for i in range(n):
        acc = acc.plus(one)
        t += V.s(i) + V.c(i) + acc.s(1) + acc.c(1)
    return acc.v, t
print(method_loop(5000))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(22)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(2, 50))
def builtin_calls(n):
    t = 0
    for i in range(n):
        t += abs(-i) + len("abc") + min(i, 5) + max(i, 5) + int("7") + (i % 3 == 0)
    return t
print(builtin_calls(10000))
def lambdas(n):
    fs = [lambda x: x + 1, lambda x: x * 2, lambda x: x - 3, abs]
    t = 0
    for i in range(n):
        t = fs[i % 4](t) % 1000003
    return t
print(lambdas(20000))
def deep_args(n):
    def f(a, b, c, d, e, f_, g, h):
        return a + b + c + d + e + f_ + g + h
    t = 0
    for i in range(n):
        t += f(i, 1, 2, 3, 4, 5, 6, 7)
    return t
print(deep_args(5000))
def callable_objects(n):
    class Mul:
        def __init__(self, k):
            self.k = k
        def __call__(self, x):
            return x * self.k
    m = Mul(3)
    t = 0
    for i in range(n):
        t += m(i)
    return t
print(callable_objects(5000))

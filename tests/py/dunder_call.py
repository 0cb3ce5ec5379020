# __call__: callable instances, stateful callables, callable classes.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, range(4))), sorted([3, 1, 2], key=Adder(-10)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
for _ in range(5):
    c()
print(c.calls, c())
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90), len(slow_fib.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallReturnsCallable:
    def __call__(self):
        return self
x = CallReturnsCallable()
print(x()()() is x)
class Pipeline:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, v):
        for f in self.fns:
            v = f(v)
        return v
p = Pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), len)
print(p("  Hello Big World  "))
class Meta:
    def __call__(self, *a, **k):
        return ("called with", a, k)
m = Meta()
print(m(1, two=2), m(*[1, 2], **{"k": "v"}))
print(callable(print), callable(1), callable("s"), callable(lambda: 0), callable(Meta), callable(m), callable(m.__call__))
instance_attr = NotCallable()
instance_attr.__call__ = lambda: "instance __call__ ignored"
try:
    instance_attr()
except TypeError as e:
    print("TypeError:", e)

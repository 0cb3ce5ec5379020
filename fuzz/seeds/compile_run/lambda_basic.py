# Lambda expressions: defaults, closures, immediate calls, in sort keys.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: "no args")())
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
fns = [lambda x: x + i for i in range(3)]
print([f(10) for f in fns])
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
def make_adder(n):
    return lambda x: x + n
a5 = make_adder(5)
print(a5(1), make_adder(-1)(1))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
kw = lambda *, k: k
print(kw(k="kwonly"))
po = lambda a, /, b: (a, b)
print(po(1, b=2))
y = 100
capture = lambda: y
y = 200
print(capture())
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print(type((lambda x: (yield x))(1)).__name__)
print(type(lambda: 0).__name__)

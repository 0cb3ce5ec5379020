# Calls with positional, keyword, * and ** arguments; evaluation order.
def f(*args, **kwargs):
    return args, kwargs
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), *"ab", *range(2)))
print(f(**{"x": 1}, **{"y": 2}))
print(f(1, *[2], 3, *[], k=1, **{"m": 2}, n=3))
order = []
def ev(x):
    order.append(x)
    return x
f(ev(1), *[ev(2)], k=ev(3), **{"z": ev(4)})
print(order)
def g(a, b, c=0, *rest, d, e=5, **kw):
    return (a, b, c, rest, d, e, kw)
print(g(1, 2, d=4))
print(g(*[1, 2, 3, 4, 5], d=6, f=7))
print(g(1, *[2], **{"d": 3, "e": 4, "z": 0}))
print(g(b=1, a=2, d=3))
class M:
    def method(self, *a, **k):
        return type(self).__name__, a, k
m = M()
print(m.method(1, x=2))
print(M.method(m, *[1, 2]))
print((lambda *a: a)(*{3: 1, 1: 2}))
print(f(*{"b", "a"} and sorted({"b", "a"})))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
print(dict(**{"a": 1}, b=2))
print(max(*[3, 9, 2]), min(4, *[8, 1]))
print("{} {} {}".format(*"xyz"), "{a}-{b}".format(**{"a": 1, "b": 2}))
args = [1, 2]
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
print(*[], sep="|")
print(*"spread", sep=".")
def count(*a):
    return len(a)
print(count(*range(1000)), count(*[[]]), count(*()))

# *args and **kwargs in definitions and calls.
def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
def pass_through(*a, **k):
    return show(*a, **k)
pass_through("p", q="q")
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def kw_order(**kw):
    return list(kw.items())
print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]))
print(f(1, *(2, 3)))
print(f(*(1,), **{"c": 3, "b": 2}))
print(f(c=1, **{"a": 3}, b=2))
args = (i for i in (7, 8, 9))
print(f(*args))
def modify(*args, **kwargs):
    kwargs["new"] = True
    return type(args).__name__, type(kwargs).__name__, kwargs
d = {"old": 1}
print(modify(**d), d)
def deep(*args):
    if not args:
        return 0
    return args[0] + deep(*args[1:])
print(deep(*range(50)))

# Comprehension scoping: loop variables do not leak; class scope; walrus leaks.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y * i for i in range(3)])
print([i for i in range(3)], "i" in dir())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def f():
    n = 5
    return [n + k for k in range(3)]
print(f())
def g():
    return [[a, b] for a in range(2) for b in range(a, 3)]
print(g())
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        cross = [v * w for v in items for w in items]
    except NameError as e:
        cross = "NameError: " + str(e)
print(C.doubled, C.cross)
total = 0
vals = [total := total + v for v in range(1, 6)]
print(vals, total)
print([last := c for c in "abc"], last)
def h():
    results = [found := n for n in range(10) if n * n > 20]
    return results, found
print(h())
e = "keep"
try:
    [1 / 0 for e in range(1)]
except ZeroDivisionError:
    pass
print(e)
it = iter(range(5))
print([v for v in it if v != 2], list(it))
gen_first = (a for a in range(3))
print(next(gen_first), [a for a in gen_first])
outer_var = [100, 200]
print({k: v for k, v in zip("ab", outer_var)})
print({s for s in (str(v) for v in outer_var)})

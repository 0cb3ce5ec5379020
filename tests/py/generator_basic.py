# Generators: laziness, state, exhaustion, multiple generators.
def count_up(n):
    print("  gen start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  gen end")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(take(6, evens(fib())))
def empty():
    return
    yield
print(list(empty()))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], (True,))))
g1 = count_up(2)
g2 = count_up(2)
print(next(g1), next(g2), next(g1))
def gen_with_local_state():
    total = 0
    for i in range(1, 6):
        total += i
        yield total
print(list(gen_with_local_state()))
print(sum(x * x for x in range(10)))
print(type(fib()).__name__)
g = (c for c in "xyz")
print(iter(g) is g)
def yield_expr_value():
    x = yield
    print("  received", x)
    y = yield x * 2
    print("  received", y)
ye = yield_expr_value()
print(next(ye))
print(ye.send(21))
try:
    ye.send("last")
except StopIteration:
    print("done")

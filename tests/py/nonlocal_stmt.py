# nonlocal declarations and closures over enclosing function variables.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
for _ in range(4):
    inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = accumulator()
print([add(i) for i in range(1, 6)], items)
def two_level():
    v = 1
    def a():
        def b():
            nonlocal v
            v *= 10
        b()
        b()
    a()
    return v
print(two_level())
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
def late_binding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(late_binding())
def nonlocal_in_loop():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(1000):
        bump()
    return n
print(nonlocal_in_loop())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(15)])
def cell_contents():
    z = 5
    def g():
        return z
    return g
print(cell_contents().__closure__[0].cell_contents)
print(cell_contents().__code__.co_freevars)

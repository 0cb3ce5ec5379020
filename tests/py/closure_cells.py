# Closures: shared cells, cells modified after creation, class scopes.
def make():
    shared = []
    def push(x):
        shared.append(x)
    def pop():
        return shared.pop()
    def peek():
        return list(shared)
    return push, pop, peek
push, pop, peek = make()
push(1); push(2); push(3)
print(peek(), pop(), peek())
def counter_factory():
    counters = []
    for i in range(3):
        def make_c(start):
            n = start
            def c():
                nonlocal n
                n += 1
                return n
            return c
        counters.append(make_c(i * 10))
    return counters
cs = counter_factory()
print([c() for c in cs], [c() for c in cs])
class Scope:
    x = 10
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
print(Scope().method())
x = "global x"
class Scope2:
    x = "class x"
    def m(self):
        return x
    lst = [x for _ in range(2)]
print(Scope2().m(), Scope2.lst)
def param_closure(a, b=2):
    def inner():
        return a + b
    a = a * 100
    return inner
print(param_closure(1)())
def deep():
    level1 = 1
    def f2():
        level2 = 2
        def f3():
            level3 = 3
            def f4():
                return level1 + level2 + level3
            return f4
        return f3
    return f2
print(deep()()()())
def closure_over_loop_var():
    result = []
    for i in range(4):
        result.append(lambda i=i: i * i)
    return [f() for f in result]
print(closure_over_loop_var())
def recursive_closure():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(recursive_closure()(20))
def gen_closure():
    base = 100
    def g():
        for i in range(3):
            yield base + i
    return g
print(list(gen_closure()()))
def shared_between_lambdas():
    v = [0]
    inc = lambda: v.__setitem__(0, v[0] + 1)
    get = lambda: v[0]
    for _ in range(5):
        inc()
    return get()
print(shared_between_lambdas())

# Bound and unbound methods: binding, identity, equality, storing methods.
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, x):
        return self.v + x
a1, a2 = A(1), A(2)
m = a1.get
print(m(), m.__self__ is a1, m.__func__ is A.get, m.__name__, m.__qualname__)
print(a1.get == a1.get, a1.get == a2.get, a1.get != a2.get)
print(A.get(a2), A.add(a1, 10), type(A.get).__name__, type(a1.get).__name__)
methods = [a1.add, a2.add]
print([f(100) for f in methods])
a1.v = 50
print(m(), methods[0](1))
f = a1.add
del a1
print(f(5))
class B:
    def method(self):
        return "class method"
b = B()
b.method = lambda: "instance attr"
print(b.method(), B.method(b), B().method())
def external(self):
    return "external " + str(self.v)
A.ext = external
print(A(7).ext())
print(hasattr(a2.get, "__call__"), callable(a2.get))
def call_twice(fn):
    return fn(), fn()
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
print(call_twice(c.inc), c.n)
print(list(map(A(3).add, [1, 2, 3])))
print(sorted([A(3), A(1), A(2)], key=A.get)[0].v)
s = "hello"
up = s.upper
print(up(), up.__self__, up.__name__, [].append.__name__)
lst = []
push = lst.append
for i in range(3):
    push(i)
print(lst)
try:
    A.get()
except TypeError as e:
    print("TypeError:", e)
d = {}
setter = d.__setitem__
setter("k", "v")
print(d, d.get.__self__ is d)

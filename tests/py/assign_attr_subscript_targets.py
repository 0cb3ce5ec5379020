# Assignment to attributes, subscripts and slices, including nested targets.
class Box:
    pass
b = Box()
b.x = 1
b.y = [0, 0, 0]
b.y[1] = "mid"
b.inner = Box()
b.inner.z = "deep"
print(b.x, b.y, b.inner.z)
print(sorted(vars(b)))
d = {}
d[1] = "int"
d[(1, 2)] = "tuple"
d["s"] = {}
d["s"]["t"] = "nested"
print(d)
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[::2] = "XXXXX"
print(l)
l[-1] = "last"
print(l)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m)
b.y[0], b.x = b.x, b.y[0]
print(b.x, b.y)
class Log:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
g = Log()
g[0] = "a"
g[1:3] = "bc"
g[..., 1] = "ell"
g["k"] = None
print(g.log)
g.other = 5
print(g.other)
arr = [1, 2, 3]
try:
    arr[5] = 1
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    o = object()
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
for b.loopvar in range(3):
    pass
print("loop var on attribute", b.loopvar)
for l[0] in "pqr":
    pass
print("loop var on subscript", l[0])

# Tuple and list unpacking in assignments and for-loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [42]
print("single", h)
(i,) = (7,)
print("paren single", i)
x, y, z = range(3)
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print("dict keys", p, q)
s1, s2, s3 = {10}, {20}, {30}
print(s1, s2, s3)
for k, v in [(1, "one"), (2, "two"), (3, "three")]:
    print("pair", k, v)
for (m, n), o in [((1, 2), 3), ((4, 5), 6)]:
    print("nested", m, n, o)
for idx, (ch, code) in enumerate(zip("abc", [97, 98, 99])):
    print(idx, ch, code)
lst = [0, 0, 0]
lst[0], lst[1], lst[2] = "abc"
print(lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
try:
    a, b = 1, 2, 3
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, c = 1, 2
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    a, b = None
except TypeError as exc:
    print("TypeError:", exc)
try:
    a, b = "abc"
except ValueError as exc:
    print("ValueError:", exc)
def gen():
    yield 1
    yield 2
u, v = gen()
print("from generator", u, v)
try:
    u, v = (i for i in range(5))
except ValueError as exc:
    print("ValueError:", exc)
# unpacking order of evaluation
trace = []
class T:
    def __setitem__(self, k, val):
        trace.append((k, val))
t = T()
t[1], t[2] = "pq"
print(trace)
x = [1, 2]
i = 0
i, x[i] = 1, 9
print("i and x", i, x)

# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = range(5)
print(everything)
[*lst] = (9, 8)
print(lst, type(lst).__name__)
h, *t = (1,)
print(h, t)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print("loop", x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = (1,)
except ValueError as e:
    print("ValueError:", e)
head, *tail = {"x": 1, "y": 2, "z": 3}
print(head, tail)
*front, back = iter([10, 20, 30])
print(front, back)
*s, = "héllo"
print(s)
def g():
    for i in range(4):
        yield i * i
one, *more = g()
print(one, more)
n = [1, 2, 3, 4, 5]
n[0], *n[1:3] = "AB", "C"
print(n)
a, *b = b'xyz'
print(a, b)
x = y = None
x, *y = [[1], [2], [3]]
print(x, y)

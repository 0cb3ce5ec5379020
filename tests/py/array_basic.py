# array.array: construction, repr, list-like methods, slicing, operators,
# comparisons, bytes conversion and byteswap.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A)
print(A.__name__, A.__module__, repr(A))

# --- construction and repr ---
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), a.tolist())
print(A('i', [1, 2, 3]), A('d', [1.0, 2.5]), A('u', 'abc'), A('u', ['x', 'y']))
print(A('b', (1, -2)), A('H', range(5)), A('f', [0.1, 0.5, 1e300]), A('q', iter([7, 8])))
print(A('d', A('i', [1, 2])), A('i', A('i', [3, 4])), A('I', (x * x for x in range(4))))
print(A('h', b'\x01\x00\xff\xff'), A('B', b'abc'), A('d', []), str(A('l', [5])))
print(A('d', [float('nan'), float('inf'), -0.0, 1e-300]))
print(A('b', [True, False]), A('i', [-2**31, 2**31 - 1]), A('Q', [2**64 - 1]))
print(A('u', ''), A('u', 'h\u00e9\u4e16'), repr(A('u', "it's")))
f = A('f', [0.1, 1 / 3, 16777217, 3.4e38])
print(f, f[0], f.tolist())

# --- indexing ---
a = A('i', [10, 20, 30, 40, 50])
print(a[0], a[-1], a[2], len(a), a[True])
a[1] = 21
a[-1] = -50
print(a)
del a[0]
print(a, 30 in a, 31 in a, 30.0 in a, 'x' in a)
print([x * 2 for x in a], list(reversed(a)), sum(a), max(a), sorted(a))

# --- slicing ---
a = A('i', range(10))
print(a[2:5], a[::2], a[::-1], a[5:2], a[-3:], a[:], type(a[1:3]).__name__)
a[2:5] = A('i', [100])
print(a)
a[0:0] = A('i', [7, 8])
print(a)
a[::3] = A('i', [-1, -2, -3, -4])
print(a)
a[1:3] = A('i')
print(a)
a[::2] = A('i')
print(a)
del a[1:3]
print(a)
del a[::-1]
print(a, len(a))
b = A('d', [1.0, 2.0, 3.0])
b[:] = b
print(b)
b[len(b):] = b
print(b)
b[5:1] = A('d', [9.0])
print(b)

# --- list-like methods ---
a = A('h')
for x in [3, 1, 4, 1, 5]:
    a.append(x)
print(a, a.count(1), a.count(9), a.index(1), a.index(1, 2), a.index(5, -1))
a.extend([9, 2, 6])
a.extend(A('h', [5, 3]))
a.extend(x for x in (5, 8))
print(a, len(a))
a.insert(0, 0)
a.insert(-1, 77)
a.insert(100, 99)
a.insert(-100, -99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove(1)
print(a)
a.reverse()
print(a)
a.fromlist([11, 12])
print(a, a.tolist() == list(a))
a.extend(a)
print(a)

# --- operators ---
x = A('i', [1, 2])
y = A('i', [3])
print(x + y, y + x, x * 3, 3 * x, x * 0, x * -2, A('u', 'ab') * 2)
z = x
z += y
print(z, x, z is x)
z *= 2
print(z, x)
z *= 0
print(z, len(x))

# --- comparisons ---
p = A('i', [1, 2, 3])
q = A('i', [1, 2, 4])
r = A('d', [1.0, 2.0, 3.0])
print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(p == r, p != r, p < A('b', [1, 2]), p > A('b', [1, 2]), A('i') < p)
print(A('i') == A('i'), A('i') == A('d'), A('i', [1]) == [1], A('i', [1]) != (1,))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('u', 'ab') < A('u', 'b'))
print(sorted([A('i', [2]), A('i', [1, 5]), A('i', [1])]))

# --- bytes ---
a = A('h', [1, -2, 0x1234])
data = a.tobytes()
print(data, len(data), a.itemsize * len(a))
c = A('h')
c.frombytes(data)
print(c, c == a)
c.frombytes(b'')
c.frombytes(A('b', [7, 0]))
print(c)
print(A('d', [1.5]).tobytes(), A('f', [1.5]).tobytes(), A('u', 'hi').tobytes())
print(A('Q', [2**64 - 1, 1]).tobytes(), A('l', [-1]).tobytes())
for tc in 'bBhHiIlLqQfd':
    v = A(tc, [1, 2, 3])
    w = A(tc)
    w.frombytes(v.tobytes())
    v.byteswap()
    print(tc, w == A(tc, [1, 2, 3]), v.tobytes()[:v.itemsize], v.tolist())
s = A('i', [1, 256])
s.byteswap()
print(s)
s.byteswap()
print(s)
u = A('u', 'xyz')
print(u.tounicode(), u.buffer_info()[1], type(u.buffer_info()[0]).__name__)
u.fromunicode('!?')
print(u, len(u))

# --- copies ---
import copy
orig = A('i', [1, 2, 3])
c1 = copy.copy(orig)
c2 = copy.deepcopy(orig)
c1.append(4)
print(orig, c1, c2, c1 is orig)


# --- subclasses ---
class Vec(A):
    def norm1(self):
        return sum(abs(x) for x in self)


v = Vec('d', [1.0, -2.0])
print(v, v.norm1(), type(v).__name__, isinstance(v, A), type(v + v).__name__)
v.append(3)
print(v, len(v), v[2])

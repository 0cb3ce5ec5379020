# slice objects: attributes, indices(), use in subscripts, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
data = list(range(20))
print(data[s], data[slice(None, None, -5)], "abcdefg"[slice(2, -1)])
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(100, -100, -7), slice(-100, 100, 3)]:
    print(sl, sl.indices(10), data[:10][sl])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2, 3).indices(0))
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::3], r[:], r[1:2, 3:4], r[..., :5])
print(r[1:2] == slice(1, 2), type(r[:]).__name__)
sl = slice("a", [1], {})
print(sl)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
l = list(range(8))
l[slice(0, 8, 3)] = ["x"] * 3
print(l)
del l[slice(None, None, 2)]
print(l)

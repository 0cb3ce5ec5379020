# Container protocol dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __reversed__, __missing__.
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("Sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        print(f"  setitem {i} = {v}")
        self.data[i] = v
    def __delitem__(self, i):
        print(f"  delitem {i}")
        self.data.pop(i, None)
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __reversed__(self):
        return iter(["reversed", "custom"])
s = Sparse(6)
s[1] = 10
s[4] = 40
print(len(s), s[1], s[-2], s[0], s[::2], s[1:5], list(s))
print(10 in s, 0 in s, 99 in s, list(reversed(s)))
del s[1]
print(s[1], s.data)
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
print(sorted(s), sum(s), max(s), [x for x in s if x])
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
for r in range(3):
    print("".join(g[r, c] for c in range(3)))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class Keyed:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    Keyed()["missing"]
except KeyError as e:
    print("KeyError:", e)
Sparse(1)["a"] = 1
try:
    del Keyed()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Keyed()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(Keyed())
except TypeError as e:
    print("TypeError:", e)

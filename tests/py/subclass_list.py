# Subclassing list: overriding methods, extra attributes, results of operations.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
class Logged(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
l = Logged()
l.append(1)
l.extend([2, 3])
l[0] = 10
l += [4]
print(l)
class Typed(list):
    def __init__(self, items=()):
        super().__init__(int(x) for x in items)
    def __repr__(self):
        return "Typed(" + super().__repr__() + ")"
t = Typed(["1", "2", 3.7])
print(t, t == [1, 2, 3], sorted(t, reverse=True), sum(t))
t.meta = "extra"
print(t.meta)
class Sorted(list):
    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
so = Sorted()
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    so.add(v)
print(so)
class Eq(list):
    def __eq__(self, other):
        return len(self) == len(other)
print(Eq([1, 2]) == [3, 4], [3, 4] == Eq([1, 2]), Eq([1]) != [1, 2])
class Default(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return "default"
d = Default([1])
print(d[0], d[5], list(d), [x for x in d])
print(Stack.__mro__)

# Rich comparison dunders, reflection, NotImplemented, total ordering by hand.
TRACE = True
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        if TRACE: print(f"  {self!r}.__eq__({o!r})")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if TRACE: print(f"  {self!r}.__lt__({o!r})")
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        if TRACE: print(f"  {self!r}.__gt__({o!r})")
        if not isinstance(o, V):
            return NotImplemented
        return self.v > o.v
    __hash__ = None
a, b = V(1), V(2)
print(a == b, a != b, a < b, a > b, a <= b)
print(a == 1)
print(1 == a)
try:
    print(a < 1)
except TypeError as e:
    print("TypeError:", e)
print(a >= b, b >= a)
TRACE = False
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(4)]))
TRACE = True
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p is p)
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, Weird() in [1])
class Sub(V):
    def __lt__(self, o):
        print(f"  Sub.__lt__")
        return True
    def __gt__(self, o):
        print(f"  Sub.__gt__")
        return False
print(V(1) < Sub(2))
print(V(1) > Sub(2))
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __lt__(self, o):
        return self.t < o.t
    def __eq__(self, o):
        return self.t == o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vers = [Ver(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.10"]]
print(sorted(vers), min(vers), Ver("1.0") == Ver("1.0"))
print([1, V(2)] == [1, V(2)])

# In-place operator dunders (__iadd__ etc.) and fallback to binary operators.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __imatmul__(self, o):
        self.v = ("imatmul", self.v, o)
        return self
a = Acc(10)
orig = a
a += 5; print(a.v, a is orig)
a -= 3; print(a.v)
a *= 4; print(a.v)
a //= 5; print(a.v)
a %= 7; print(a.v)
a **= 3; print(a.v)
a <<= 2; print(a.v)
a >>= 1; print(a.v)
a &= 0xF; print(a.v)
a |= 0x30; print(a.v)
a ^= 0xFF; print(a.v)
a /= 2; print(a.v)
a @= "m"; print(a.v)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  __add__ fallback")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
c = ReturnsOther()
c += 1
print(c)
class NI:
    def __iadd__(self, o):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("  then __add__")
        return "added"
d = NI()
d += 1
print(d)
class NoOps:
    pass
e = NoOps()
try:
    e += 1
except TypeError as err:
    print("TypeError:", err)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as err:
    print("TypeError:", err)
print(t)
class Holder:
    def __init__(self):
        self.item = Acc(1)
h = Holder()
h.item += 10
print(h.item.v)
d2 = {"k": Acc(2)}
d2["k"] *= 21
print(d2["k"].v)

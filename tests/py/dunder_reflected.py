# Reflected operators (__radd__ etc.), NotImplemented protocol and subclass priority.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __add__(self, o):
        print("  R.__add__", o)
        if isinstance(o, R):
            return R(self.v + o.v)
        if isinstance(o, int):
            return R(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  R.__radd__", o)
        if isinstance(o, int):
            return R(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rfloordiv__(self, o):
        return R(o // self.v)
    def __rmod__(self, o):
        return R(o % self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rlshift__(self, o):
        return R(o << self.v)
    def __rrshift__(self, o):
        return R(o >> self.v)
    def __rand__(self, o):
        return R(o & self.v)
    def __ror__(self, o):
        return R(o | self.v)
    def __rxor__(self, o):
        return R(o ^ self.v)
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __rdivmod__(self, o):
        return ("rdivmod", divmod(o, self.v))
r = R(3)
print(r + 1)
print(1 + r)
print(r + r)
print(10 - r, 10 * r, 9 / r, 10 // r, 10 % r, 2 ** r, 1 << r, 64 >> r, 7 & r, 4 | r, 5 ^ r, [1] @ r, divmod(10, r))
print(sum([R(1), R(2), R(3)]))
try:
    "x" + r
except TypeError as e:
    print("TypeError:", e)
class Sub(R):
    def __radd__(self, o):
        print("  Sub.__radd__ first", o)
        return R(-1)
print(R(1) + Sub(2))
class Left:
    def __add__(self, o):
        print("  Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("  Right.__radd__")
        return "right handled"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
class OnlyR:
    def __rsub__(self, o):
        return "rsub"
try:
    OnlyR() - 1
except TypeError as e:
    print("TypeError:", e)
print(1 - OnlyR(), 2.5 - OnlyR())
print((3).__add__(1.5), (3).__radd__(4), (2.0).__rsub__(10), "a".__add__("b"), (1.5).__add__("x"))
class Num(int):
    def __radd__(self, o):
        return "Num.__radd__ wins"
print(5 + Num(1), Num(1) + 5)

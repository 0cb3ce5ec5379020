import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction

values = [0, 7, -3, True, 2.5, float('nan'), Fraction(1, 3), 'x', None, [1]]
for v in values:
    print(repr(v), [cls.__name__ for cls in (Number, Complex, Real, Rational, Integral) if isinstance(v, cls)])

for t in (int, bool, float, Fraction, str, list):
    print(t.__name__, issubclass(t, Number), issubclass(t, Complex), issubclass(t, Real),
          issubclass(t, Rational), issubclass(t, Integral))

print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Number), issubclass(Number, Integral))
print(sorted(numbers.__all__))
print(sorted(Integral.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Complex.__abstractmethods__))
print(Number.__hash__)

try:
    Real()
except TypeError as e:
    print(type(e).__name__, e)


# a user-defined Integral that relies on the mixin methods
class Nat(Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'Nat(%d)' % self.v
    def __add__(self, o): return Nat(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Nat(-self.v)
    def __pos__(self): return Nat(self.v)
    def __mul__(self, o): return Nat(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Nat(pow(self.v, int(e), m))
    def __rpow__(self, b): return Nat(int(b) ** self.v)
    def __abs__(self): return Nat(abs(self.v))
    def conjugate(self): return self
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return Nat(self.v // int(o))
    def __rfloordiv__(self, o): return Nat(int(o) // self.v)
    def __mod__(self, o): return Nat(self.v % int(o))
    def __rmod__(self, o): return Nat(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Nat(self.v << int(o))
    def __rlshift__(self, o): return Nat(int(o) << self.v)
    def __rshift__(self, o): return Nat(self.v >> int(o))
    def __rrshift__(self, o): return Nat(int(o) >> self.v)
    def __and__(self, o): return Nat(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Nat(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Nat(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Nat(~self.v)

n = Nat(7)
print(n, n - 2, 10 - n, divmod(n, 3), divmod(20, n), n.numerator, n.denominator, n.real, n.imag)
print(float(n), bool(n), bool(Nat(0)), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], isinstance(n, Rational))
print(Fraction(n), Fraction(n, Nat(21)), Fraction(1, 2) + n, n + Fraction(1, 2))


class Half(Rational):
    # numerator/denominator only; float() comes from Rational
    numerator = 1
    denominator = 2
    for _name in sorted(Rational.__abstractmethods__):
        if _name not in ('numerator', 'denominator'):
            locals()[_name] = lambda self, *a: NotImplemented
    del _name

print(float(Half()), Fraction(Half()), Fraction(3) * Fraction(Half()), Fraction(Half()) + 1)

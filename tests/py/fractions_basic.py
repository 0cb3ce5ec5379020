import math
from fractions import Fraction
import numbers


def attempt(f, *args):
    try:
        r = f(*args)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# construction
print(Fraction(), Fraction(7), Fraction(-6, 4), Fraction(10, -8), Fraction(0, -5))
print(repr(Fraction(3, 9)), str(Fraction(3, 9)), str(Fraction(8, 4)))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
print(Fraction(1.5), Fraction(0.1), Fraction(-2.75), Fraction(1e22), Fraction(5e-324))
print(Fraction(True), Fraction(False, 3), Fraction(2, True))
for s in ['314', '-35/4', '3.1415', '-47e-2', '  +1_000.5_5e1_0  ', '.5', '5.', '1e3',
          '0/7', '7/-3', '1/0', '1 / 2', '', 'abc', '1.2.3', '1__0', '_1', 'E5', '3/4.0',
          '\t-0.125\n', '1.5E+2', '2e-0']:
    attempt(Fraction, s)
for bad in [float('inf'), float('-inf'), float('nan')]:
    attempt(Fraction, bad)
attempt(Fraction, [1])
attempt(Fraction, 1, 2.0)
attempt(Fraction, 1.5, 2)
attempt(Fraction, 3, 0)
attempt(Fraction, '1', '2')
print(Fraction.from_float(0.3), Fraction.from_float(4), Fraction.from_float(-1.25))
attempt(Fraction.from_float, '0.5')
attempt(Fraction.from_float, Fraction(1, 2))

# attributes and conversions
f = Fraction(-22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(float(f), int(f), math.trunc(f), math.floor(f), math.ceil(f), round(f), round(f, 2), round(f, -1))
print(bool(Fraction(0)), bool(Fraction(1, 3)), abs(f), -f, +f)
for x in [Fraction(1, 2), Fraction(3, 2), Fraction(5, 2), Fraction(-1, 2), Fraction(-3, 2), Fraction(7, 3)]:
    print(x, round(x), round(x, 0), round(x, 1), math.floor(x), math.ceil(x), int(x))
print(round(Fraction(12345, 100), -2), round(Fraction(1, 3), 5), type(round(Fraction(7, 2))).__name__)

# arithmetic
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b ** 2, a ** -3)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a // 0.1, a % 0.25, divmod(a, 0.1))
print(Fraction(-7, 2) // 2, Fraction(-7, 2) % 2, divmod(Fraction(-7, 2), Fraction(2, 3)))
print(Fraction(4, 9) ** Fraction(1, 2), Fraction(4, 9) ** 0.5, 2 ** Fraction(3), 2 ** Fraction(-2), 4 ** Fraction(1, 2))
print(Fraction(-2, 3) ** 3, Fraction(-2, 3) ** -3, Fraction(2, 3) ** 0, Fraction(0) ** 5, 1.5 ** Fraction(2))
print(Fraction(3, 2) ** Fraction(2), type(Fraction(9) ** Fraction(1, 2)).__name__)
print(sum(Fraction(1, n) for n in range(1, 11)))
attempt(lambda: Fraction(1, 2) / 0)
attempt(lambda: Fraction(-1, 2) / Fraction(0))
attempt(lambda: Fraction(0) / 0)
attempt(lambda: Fraction(1, 2) // 0)
attempt(lambda: Fraction(1, 2) % Fraction(0))
attempt(lambda: Fraction(0) ** -2)
attempt(lambda: Fraction(1, 2) + '1')
attempt(lambda: '1' * Fraction(1, 2))
attempt(lambda: Fraction(1, 2) < 'x')

# comparisons
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2) == 2, 2 == Fraction(4, 2), Fraction(1, 2) != Fraction(2, 4))
print(Fraction(1, 3) < 0.34, Fraction(1, 3) > 0.33, Fraction(1, 3) <= Fraction(2, 6), 1 > Fraction(99, 100), 0.5 >= Fraction(1, 2))
print(Fraction(10**30) < float('inf'), Fraction(-10**30) > float('-inf'), Fraction(1) == float('nan'), Fraction(1) < float('nan'))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-3, 4), 0, Fraction(5, 6)]))
print(max(Fraction(2, 3), Fraction(3, 5)), min([Fraction(7, 8), 0.9, 1]))

# hashing: consistent with int and float
for x in [Fraction(1, 2), Fraction(-1, 2), Fraction(3), Fraction(-1), Fraction(1, 3), Fraction(-5, 7),
          Fraction(10**20, 3), Fraction(1, 2**70), Fraction(2**61 - 1, 3)]:
    print(x, hash(x))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(-1)) == hash(-1), hash(Fraction(1, 1024)) == hash(1 / 1024))
d = {0.5: 'half', 2: 'two'}
print(d[Fraction(1, 2)], d[Fraction(4, 2)], Fraction(1, 2) in {0.5}, len({Fraction(1, 2), 0.5, Fraction(2, 4)}))

# limit_denominator
pi = Fraction('3.141592653589793')
for m in [1, 2, 7, 10, 100, 1000, 10**6]:
    print(m, pi.limit_denominator(m))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(0.1).limit_denominator(), Fraction(-1, 3).limit_denominator(2))
print(Fraction(3, 2).limit_denominator(1), Fraction(5, 2).limit_denominator(1), Fraction(-5, 2).limit_denominator(1))
attempt(pi.limit_denominator, 0)

# big numbers
big = Fraction(10**50 + 1, 3 * 10**49)
print(big, float(big), big * 3, big ** 2 > 11, int(big), round(big, 3))
print(float(Fraction(1, 10**400)), float(Fraction(10**400, 10**399 + 7)))

# subclassing
class MyFrac(Fraction):
    def describe(self):
        return 'MyFrac ' + str(self)
m = MyFrac(6, 8)
print(repr(m), m.describe(), type(m + 1).__name__, type(+m).__name__, type(-m).__name__, isinstance(m, Fraction))

# the numeric tower
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Number), isinstance(Fraction(1, 2), numbers.Integral))
print(issubclass(Fraction, numbers.Real), isinstance(3, numbers.Rational))
print(format(Fraction(3, 4)), '{}'.format(Fraction(-1, 8)), f'{Fraction(5, 10)!r:>20}', str(Fraction(10, 1)))
print([Fraction(i, 4) for i in range(-4, 5)])

"""Fraction, rational numbers of arbitrary precision (Stitch's implementation).

Behaves like CPython 3.11's fractions module (no Decimal support: Stitch has
no decimal module).
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_DIGITS = frozenset('0123456789')


def _digit_run(s, i):
    """End of the run of decimal digits starting at s[i] (i if none)."""
    n = len(s)
    while i < n and s[i].isdecimal():
        i += 1
    return i


def _grouped_digits(s, i):
    """Match `\\d+(_\\d+)*` at s[i]; return its end, or -1."""
    j = _digit_run(s, i)
    if j == i:
        return -1
    n = len(s)
    while j < n and s[j] == '_':
        k = _digit_run(s, j + 1)
        if k == j + 1:
            break
        j = k
    return j


def _parse_exp_end(s, i):
    """Match an optional exponent then the end of s; return exponent text
    ('' if none) or None if the rest does not match."""
    n = len(s)
    if i == n:
        return ''
    if s[i] not in 'eE':
        return None
    j = i + 1
    if j < n and s[j] in '+-':
        j += 1
    k = _grouped_digits(s, j)
    if k != n:
        return None
    return s[i + 1:]


def _parse(text):
    """Parse a Fraction literal; return (numerator, denominator) or None."""
    s = text.strip()
    n = len(s)
    i = 0
    neg = False
    if i < n and s[i] in '+-':
        neg = s[i] == '-'
        i += 1
    # Must start with a digit, or a '.' followed by a digit.
    if i < n and s[i].isdecimal():
        pass
    elif i + 1 < n and s[i] == '.' and s[i + 1].isdecimal():
        pass
    else:
        return None
    j = _grouped_digits(s, i)
    if j < 0:
        j = i
    num_text = s[i:j]
    num = int(num_text.replace('_', '')) if num_text else 0
    den = 1
    if j < n and s[j] == '/':
        k = _grouped_digits(s, j + 1)
        if k != n:
            return None
        den = int(s[j + 1:].replace('_', ''))
    else:
        decimal = ''
        exp = None
        if j < n and s[j] == '.':
            # The fractional part: first (as CPython 3.11 does) a run of
            # letters 'd', then digit groups.
            k = j + 1
            while k < n and s[k] in 'dD':
                k += 1
            exp = _parse_exp_end(s, k)
            if exp is not None:
                decimal = s[j + 1:k]
            else:
                k = _grouped_digits(s, j + 1)
                if k < 0:
                    return None
                exp = _parse_exp_end(s, k)
                if exp is None:
                    return None
                decimal = s[j + 1:k]
        else:
            exp = _parse_exp_end(s, j)
            if exp is None:
                return None
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            num = num * scale + int(decimal)
            den *= scale
        if exp:
            e = int(exp)
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** -e
    if neg:
        num = -num
    return num, den


def _make(cls, n, d):
    """A new instance with the given (already normalised) terms."""
    self = object.__new__(cls)
    self._numerator = n
    self._denominator = d
    return self


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0.  Fractions can be
    built from integers, other rationals, floats and strings such as
    '3/7', '-1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            tn = type(numerator)
            if tn is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if tn is Fraction or isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """Return (numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        Ties go to the approximation with the smaller denominator.
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self until the next
        # denominator would be too large; the answer is then the last
        # convergent or the best semiconvergent below it.
        prev_p, prev_q, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_q = prev_q + a * q
            if next_q > max_denominator:
                break
            prev_p, prev_q, p, q = p, q, prev_p + a * p, next_q
            n, d = d, n - a * d
        k = (max_denominator - prev_q) // q
        semi = Fraction(prev_p + k * p, prev_q + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __float__(self):
        """float(self) = self.numerator / self.denominator"""
        return self._numerator / self._denominator

    # -- arithmetic ------------------------------------------------------

    def _binary(rational_op, generic_op):
        # Build the forward and reflected methods of an operator: exact
        # arithmetic with ints and Fractions, float arithmetic with floats.
        def forward(a, b):
            tb = type(b)
            if tb is int or tb is Fraction or isinstance(b, (int, Fraction)):
                return rational_op(a, b)
            if isinstance(b, float):
                return generic_op(float(a), b)
            if isinstance(b, complex):
                return generic_op(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if type(a) is int or isinstance(a, numbers.Rational):
                return rational_op(a, b)
            if isinstance(a, numbers.Real):
                return generic_op(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return generic_op(complex(a), complex(b))
            return NotImplemented

        name = generic_op.__name__.strip('_')
        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        forward.__doc__ = reverse.__doc__ = rational_op.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(Fraction, na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(Fraction, t, s * db)
        return _make(Fraction, t // g2, s * (db // g2))

    __add__, __radd__ = _binary(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(Fraction, na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(Fraction, t, s * db)
        return _make(Fraction, t // g2, s * (db // g2))

    __sub__, __rsub__ = _binary(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _make(Fraction, na * nb, db * da)

    __mul__, __rmul__ = _binary(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(Fraction, n, d)

    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    __divmod__, __rdivmod__ = _binary(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _binary(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for integral b, else a float."""
        if type(b) is int or isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(Fraction, a._numerator ** power,
                                 a._denominator ** power)
                if a._numerator > 0:
                    return _make(Fraction, a._denominator ** -power,
                                 a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)'
                                            % (a._denominator ** -power))
                return _make(Fraction, (-a._denominator) ** -power,
                             (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): rounds half to even."""
        if ndigits is None:
            d = self.denominator
            fl, rem = divmod(self.numerator, d)
            twice = rem * 2
            if twice < d:
                return fl
            if twice > d:
                return fl + 1
            return fl if fl % 2 == 0 else fl + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int or float."""
        try:
            inv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons -----------------------------------------------------

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if type(b) is Fraction or isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator
                    and a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if type(other) is int or type(other) is Fraction or isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # -- copying and pickling --------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


del Fraction._binary

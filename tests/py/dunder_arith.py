# Arithmetic dunder methods on a Vector class.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) if mod else a ** k for a in self.c))
    def __matmul__(self, o):
        return ("matmul", self.c, o.c)
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return Vec(*(abs(a) for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return Vec(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o):
        return Vec(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o):
        return Vec(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o):
        return Vec(*(a ^ b for a, b in zip(self.c, o.c)))
    def __divmod__(self, k):
        return (self // k, self % k)
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v + 10, v - w, v * 2, v * w, v / 2, w // 2, w % 4, v ** 2, pow(v, 3, 5))
print(v @ w, -v, +Vec(-1, 2), abs(Vec(3, 4)), ~v, v << 1, v >> 1)
print(v & w, v | w, v ^ w, divmod(w, 4))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)
total = Vec(0, 0, 0)
for i in range(100):
    total = total + Vec(i, i * 2, i * 3)
print(total)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(sum([Money(150), Money(275)], Money(0)))
try:
    sum([Money(1)])
except TypeError as e:
    print("TypeError:", e)

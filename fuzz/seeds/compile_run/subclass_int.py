# Subclassing int: arithmetic returns int, custom methods, repr, hashing.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self) / 100:.2f}"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(1999)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m * 2).__name__, type(-m).__name__, m * 2)
print(m == 1999, hash(m) == hash(1999), {1999: "x"}[m], m > 1000, isinstance(m, int))
print(f"{m}", f"{m:d}", f"{m!r}", "%d" % m, format(m, "x"))
class Bits(int):
    def bits(self):
        return bin(self)[2:]
    def popcount(self):
        return self.bits().count("1")
b = Bits(0b101101)
print(b, b.bits(), b.popcount(), b + 1, b.bit_length(), Bits(2 ** 70).popcount())
class Const(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
RED = Const(1, "RED")
print(RED, RED.name, RED + 1, [RED] * 2, RED == 1)
class Weird(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
print(Weird(1) == 2, 2 == Weird(1), Weird(5) in [1])
class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)
print([Mod7(x) for x in range(-3, 10)], Mod7(100) + Mod7(100))
print(int(Money(5)), float(Money(5)), str(int(Money(5))), bool(Money(0)))
print(Money.__mro__, type(True).__mro__)

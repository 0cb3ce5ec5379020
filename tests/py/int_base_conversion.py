# int() with bases, string forms, whitespace, underscores, signs.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 2), int("777", 8), int("1_000", 0), int("1_0", 10))
print(int("0", 0), int("00", 0), int("-0x10", 0))
for bad, base in [("", 10), ("x", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("09", 0), ("_1", 10), ("1__0", 10), ("1_", 10), ("++1", 10), (" ", 10)]:
    try:
        print(int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int(True), int(), int(1e15), int("١٢٣"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int("123456789012345678901234567890"), int("-" + "9" * 40, 10))
for n in [0, 5, -5, 255, 2 ** 40, -2 ** 70]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 0), int(bin(n), 0))
class HasIndex:
    def __index__(self):
        return 10
class HasInt:
    def __int__(self):
        return 77
print(int(HasInt()), hex(HasIndex()), bin(HasIndex()))
print(int("10", base=HasIndex()))
print(int(b"42"), int(b" -9 "))

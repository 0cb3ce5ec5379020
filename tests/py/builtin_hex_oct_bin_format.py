# hex/oct/bin and format() with numbers, strings and custom types.
for n in [0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 32, -(2 ** 64), 10 ** 25]:
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "#o"), format(255, "b"), format(255, "#b"))
print(format(255, "08b"), format(-5, "08b"), format(5, "+08b"), format(255, "_b"), format(2 ** 20, "_x"), format(10 ** 6, ","))
print(format(3.14159, ".3f"), format(3.14159, "10.2e"), format(0.5, "%"), format(1234.5, ",.1f"), format(1e-10, "g"), format(1e-10, ".2g"))
print(format("hi", "<5") + "|", format("hi", ">5"), format("hi", "^6") + "|", format("hi", "*^6"), format("hello", ".2"))
print(format(True), format(None), format([1, 2]), format((1,), ""), format(1.0), format(10 ** 20), format(-0.0))
print(format(65, "c"), format(0x1f600, "c"), format(5, "d"), format(5, "n"), format(5.0, "n"))
print(format(1.5, "+.0f"), format(2.5, ".0f"), format(-1.5, " .0f"), format(1e16, ".0f"), format(123.456, "013.4f"))
print(format(float("inf"), "F"), format(float("nan"), "F"), format(1e300, "E"), format(12345.678, "G"), format(1234567.0, ".3G"))
for n, spec in [(255, "Q"), (1.5, "d"), ("s", "d"), (5, "s"), (5, ",d,")]:
    try:
        print(format(n, spec))
    except ValueError as e:
        print("ValueError:", e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt()), format(Fmt(), "abc"), f"{Fmt():xyz}")
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(2 ** 100), 16) == 2 ** 100, int(bin(-77), 2), int(oct(511), 8))

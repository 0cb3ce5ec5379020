# round(): banker's rounding, ndigits positive/negative/zero, ints and floats.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]])
print([type(round(x)).__name__ for x in [0.5, 1]], type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(123456, -3), round(123500, -3), round(124500, -3))
print(round(5, 2), round(10 ** 20 + 5, -1), round(-(10 ** 20) - 5, -1), round(2 ** 70, -20))
print(round(1e300, 2), round(1e-300, 2), round(-0.0), round(-0.4), round(0.0, 5), round(-0.0, 1))
print(round(1.23456789e-5, 8), round(123.456, -5), round(5e-324, 400), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(7.5, None), round(8.5, None), round(True), round(False, 2))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return ("custom round", n)
print(round(R()), round(R(), 3))
for i in range(-10, 11):
    print(i / 4, round(i / 4), round(i / 4, 1), end=" | ")
print()
print([round(x * 0.1, 1) for x in range(15)])

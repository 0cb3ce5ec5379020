# Float arithmetic: mixing with ints, precision, special operations.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 + 2.2, 3.3 * 3, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(1 + 1.0, 2 * 0.5, 3 - 0.5, 7 / 2, 8 / 2, type(8 / 2).__name__)
print(10 ** 20 + 1.0, 2 ** 60 * 1.0, 1 / 3 * 3)
print(float(1 << 53) + 1.0, float((1 << 53) + 1))
s = 0.0
for i in range(1, 1001):
    s += 1.0 / (i * i)
print("basel partial", s)
p = 1.0
for i in range(1, 30):
    p *= 1.5
print(p)
x = 1.0
for i in range(100):
    x = x * 1.01 - 0.005
print(x)
print(0.1 * 0.1, 1e-7 + 1, 1 - 1e-16, 1 - 1e-17)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, nan + 1, nan * 0, 1 / inf, -1 / inf)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan > 0, nan < 0)
print(max(1.0, 2), min(-0.0, 0.0), max(0.0, -0.0), min(0, -0.0))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 == -0.0)
print((3.7).is_integer(), (4.0).is_integer(), (-0.0).is_integer())
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(3.5), round(1e20), round(7.0))
print(int(2.9999999999999996), int(1e18), int(-0.9), int(1.5e300) % 1000)
print(float.__name__, (1.5).hex(), float.fromhex("0x1.8p1"))
try:
    (inf).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.5 + "x"
except TypeError as e:
    print("TypeError:", e)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))

# Integer arithmetic: + - * / unary, mixing with bool and float, small/large boundaries.
vals = [0, 1, -1, 7, -7, 2 ** 31 - 1, -2 ** 31, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20]
for a in vals[:6]:
    for b in [3, -3, 1]:
        print(a, b, a + b, a - b, a * b, a / b)
print(-(-5), +5, -0, +(-3), ~5, ~-1, ~0)
for v in vals:
    print(v, v + 1, v - 1, v * 2, -v)
m = 2 ** 63 - 1
print(m + 1, m * m, -m - 2)
print(type(m + 1).__name__, (m + 1) - 1 == m)
print(True + True, True * 10, False - 1, True / 2)
print(7 + 0.5, 7 * 1.0, 3 - 2.5, 2 / 1)
print(10 / 4, -10 / 4, 10 / -4, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3)
print(abs(-10 ** 25), abs(0), abs(-0))
acc = 0
for i in range(1, 200):
    acc = acc * 3 + i
print("accumulated", acc)
x = 1
for i in range(100):
    x = x * 2 - 1 + i
print("x", x)
print(1_000_000 + 0x_ff + 0o17 + 0b1010_1010)
print(0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1 << 100)
print(int("1" * 30) * int("9" * 30))

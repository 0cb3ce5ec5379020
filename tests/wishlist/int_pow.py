# Exponentiation: int results, negative exponents give floats, 3-arg pow.
for b in [2, -2, 3, 10, 0, 1, -1]:
    print(b, [b ** e for e in range(0, 6)])
print(2 ** 100, (-3) ** 41, 7 ** 77)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5, 8 ** (1 / 3))
print(0 ** 0, 0.0 ** 0, 1 ** 10 ** 10)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1 / 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 0.5), pow(2.0, 3))
x = 1
for i in range(50):
    x = x ** 2 % 1000003 + i
print(x)
print(len(str(3 ** 8000)), str(3 ** 8000)[:20], str(3 ** 8000)[-20:])
print(10 ** 18 + 1, 2 ** 63, 2 ** 64 - 1)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(1.5 ** 2, 2 ** 0.5, (-1.5) ** 3, 1e10 ** 2)

# Arbitrary precision: factorials, large products, comparisons, conversions.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 150)
a = 3 ** 200
b = 7 ** 150
print(a * b)
print(a * b // b == a, (a * b) % a, a - b, b - a)
print(a > b, a < -b, -a < -b, a == 3 ** 200)
print(hex(a)[:30], oct(b)[:30], bin(2 ** 80 + 1))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(sum(fib) % (10 ** 12))
print(int("9" * 50) + 1)
print(-int("123456789" * 5))
print(float(2 ** 100), float(-(3 ** 60)), int(1e20), int(-1.5e18))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399, 10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400 + 1) / 10 ** 380)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 50 < float("inf"), -10 ** 50 > float("-inf"))
x = 1
for i in range(1, 60):
    x = x * (2 ** i - 1)
print(x % (2 ** 61 - 1), x.bit_length())
m = 12345678901234567890123456789
n = 98765432109876543210
print(m * n, m // n, m % n, divmod(-m, n))
print(abs(-m), -(-m) == m, +m)
print(sorted([10 ** 30, -10 ** 30, 5, 2 ** 100, -2 ** 64]))
print(max(2 ** 70, 2 ** 70 + 1), min(-2 ** 70, 0))

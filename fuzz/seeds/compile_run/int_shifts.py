# Shift operators: big shifts, negative values, errors.
for n in [1, -1, 3, -3, 255, -255, 2 ** 64]:
    print(n, [n << k for k in (0, 1, 7, 63, 64, 65)])
    print(n, [n >> k for k in (0, 1, 7, 63, 64, 65, 200)])
print(1 << 1000 >> 998)
print(-1 >> 1000, -(2 ** 100) >> 99, (2 ** 100) >> 99)
print(-7 >> 1, -8 >> 1, 7 >> 1, -1 >> 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
print(True << 3, False >> 1)
x = 1
for i in range(70):
    x <<= 1
print(x, x.bit_length())
for i in range(70):
    x >>= 1
print(x)
print(0 << 10000, 0 >> 10000)
print(sum(1 << i for i in range(0, 128, 8)))

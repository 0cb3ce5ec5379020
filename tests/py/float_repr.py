# repr/str of floats: shortest round-trip representation and exponent switching.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234,
        123456789012345678.0, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        1/3, 2/3, 100.0, 1e22, 1e23, 3.0e-7, 123.456, 1.1, 2.675, 1e100, 12345678.9, 0.5, 0.25, 0.125,
        float("inf"), float("-inf"), float("nan"), 4.35, 0.000001, 1234567890123456.7, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print(1e16 == 10 ** 16, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 64, 2.0 ** -10)
print(float("1e500"), float("-1e500"), float("1e-500"), -float("1e-500"))
print(float(" 1.5 "), float("-.5"), float("5."), float("1_000.5"), float("+1E3"), float("inf"), float("-Infinity"), float("nAn"))
print(float(10), float(-3), float(True), float(2 ** 80), float.fromhex("0x10"))
for bad in ["", "abc", "1.5.5", "1e", "--1", "1_", "0x10", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print([i / 10 for i in range(11)])
print([1 / i for i in range(1, 11)])
print([2 ** -i for i in range(0, 60, 7)])
print([10.0 ** i for i in range(-8, 25, 3)])
print(1.0 * 10 ** 15, 1.0 * 10 ** 16, 1.0 * 10 ** 17)
print(-1.5e-7, 1.5e-7 * -1, 0.1 * 3, 0.7 + 0.1, 1.1 * 1.1)
print(3.0, 3.10, 3.14159265358979323846, 2.718281828459045)

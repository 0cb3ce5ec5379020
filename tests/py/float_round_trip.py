# Round-tripping floats through repr/str/float and format precision.
import math
vals = [0.1, 1 / 3, math.pi, math.e, 1e-310, 6.02214076e23, 1.602176634e-19, 299792458.0, 2 ** 0.5,
        0.30000000000000004, 9007199254740993.0, 4.9406564584124654e-324, 1.0000000000000002, 0.9999999999999999]
for v in vals:
    r = repr(v)
    back = float(r)
    print(r, back == v, len(r), "%.17g" % v, "%.3g" % v, format(v, ".10e"))
x = 1.0
steps = []
for i in range(12):
    steps.append(repr(x))
    x /= 7
print(steps)
y = 1.0
for i in range(20):
    y = y * 3.3 + 0.1
print(repr(y), str(y), float(str(y)) == y)
print([repr(i * 0.1) for i in range(13)])
print([repr(n / 1000) for n in range(995, 1006)])
print(repr(1e21), repr(1e-7), repr(123e-20), repr(-5e-324), repr(1e308 * 1.7))
print(str(1e16), str(1.5e16), str(12345678901234567.0), str(0.00001), str(0.0001))

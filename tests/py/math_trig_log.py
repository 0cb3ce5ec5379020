# math: exp, log (with base), log2, log10, log1p, trig, inverse trig, hyperbolic, atan2, hypot.
import math
def r(x):
    return round(x, 12)
for x in [0, 0.5, 1, 2, 10, -1, 100]:
    print("exp", x, r(math.exp(x)), r(math.expm1(x)) if abs(x) < 50 else "")
for x in [1, 2, math.e, 10, 100, 0.5, 1024, 10 ** 50]:
    print("log", x if x < 10 ** 10 else "1e50", r(math.log(x)), r(math.log2(x)), r(math.log10(x)), r(math.log(x, 3)), r(math.log1p(x)))
print(math.log(8, 2), math.log(100, 10), math.log(1), math.log2(1024), math.log10(1000), math.log(2 ** 1000) / math.log(2))
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4]
for a in angles:
    print("trig", r(a), r(math.sin(a)), r(math.cos(a)), r(math.tan(a)) if abs(math.cos(a)) > 1e-9 else "inf-ish")
for v in [-1, -0.5, 0, 0.5, 1]:
    print("inverse", v, r(math.asin(v)), r(math.acos(v)), r(math.atan(v)))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (0, 0), (1, 0), (math.inf, math.inf)]:
    print("atan2", y, x, r(math.atan2(y, x)))
for v in [0, 0.5, 1, 2]:
    print("hyperbolic", v, r(math.sinh(v)), r(math.cosh(v)), r(math.tanh(v)), r(math.asinh(v)), r(math.atanh(v / 3)))
print(math.acosh(1), r(math.acosh(2)))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-3), math.hypot(1e200, 1e200))
print(math.sin(0.0), math.sin(-0.0), math.cos(0), math.tan(0), math.atan(math.inf), math.exp(-math.inf), math.log(math.inf))
for bad in [lambda: math.log(0), lambda: math.log(-5), lambda: math.log(5, 1), lambda: math.asin(2), lambda: math.sqrt(-0.1), lambda: math.acosh(0.5), lambda: math.log(1, 0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
total = 0.0
for i in range(1000):
    total += math.sin(i * 0.01) * math.cos(i * 0.02)
print(r(total))

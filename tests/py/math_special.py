# math: isnan, isinf, isfinite, copysign, fmod, isclose on special values.
import math
vals = [0.0, -0.0, 1.0, -1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, 10 ** 30, True]
for v in vals:
    print(repr(v) if not isinstance(v, int) or isinstance(v, bool) else "10**30", math.isnan(v), math.isinf(v), math.isfinite(v), math.copysign(1.0, v))
print(math.copysign(5, -1), math.copysign(math.inf, -1), math.copysign(-0.0, 1))
print(math.fmod(5, math.inf), math.fmod(-5, math.inf), math.fmod(0.0, 1), math.fmod(-0.0, 1))
for bad in [lambda: math.fmod(math.inf, 1), lambda: math.fmod(1, 0), lambda: math.fmod(1.0, 0.0)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(math.isnan(math.fmod(math.nan, 1)), math.isnan(math.inf - math.inf), math.isnan(math.inf * 0))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1e308, math.inf))
print(math.isclose(1.0, 1.0 + 1e-9), math.isclose(1.0, 1.0 + 1e-10), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.nan == math.nan, math.nan is math.nan, math.inf == float("inf"), -math.inf < -1e308)
print(math.floor(5e-324), math.ceil(5e-324), math.trunc(-5e-324), math.sqrt(5e-324) > 0, math.ulp(1.0) if hasattr(math, "ulp") else "")
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.nextafter(0.0, 1.0))
try:
    math.isnan("x")
except TypeError as e:
    print("TypeError:", e)
print(math.isinf(10 ** 400 / 10 ** 399 * 1e308), math.isfinite(10 ** 300))

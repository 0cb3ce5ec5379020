# inf, nan, -0.0: arithmetic, comparisons, hashing, formatting, conversions.
import math
inf = float("inf")
nan = float("nan")
nz = -0.0
print(inf, -inf, nan, -nan, nz, repr(nz), str(nz), abs(nz))
print(inf == float("infinity"), nan is nan, nan == nan)
print(math.copysign(1, nz), math.copysign(1, 0.0), 1 / inf, -1 / inf, nz == 0, nz < 0)
print(hash(inf), hash(-inf), hash(nz), hash(0.0), hash(1.0), hash(0.5), hash(1e300))
print(sorted([3.0, -inf, 0.0, inf, -1.0]), max(inf, 10 ** 400), min(-inf, -10 ** 400))
print(inf > 10 ** 400, -inf < -10 ** 400, 10 ** 400 < inf, 10 ** 400 == inf)
lst = [nan, 1.0, nan]
print(lst.count(nan), nan in lst, lst.index(nan))
print({nan: 1}.get(nan), {0.0: "zero"}[nz], {1: "one"}[1.0])
print(int(nz), round(nz), round(nz, 2), -0.0 * 0, 0 * -1.0, nz + 0, nz - 0, -nz)
print(f"{nz}", f"{nz:.2f}", f"{nz:+}", "%f" % nz, "%g" % nz, format(nz, "e"))
print(f"{inf:.3f}", f"{-inf:e}", f"{nan:g}", f"{inf:>8}|", "%5.1f|" % inf, "%e" % nan)
print(math.isinf(inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(nz), math.isfinite(inf))
print(inf * 2, inf + inf, inf - 1e308, inf * -1, inf / 1e308, nan + inf, 0 * inf)
print(str(float("nan")), str(float("-nan")), repr(float("-inf")))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(sum([inf, -inf]), sum([inf, 1]), math.fsum([1e100, 1.0, -1e100]) if hasattr(math, "fsum") else "-")
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0), math.sqrt(nz), math.fabs(nz))
try:
    math.floor(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(nan)
except ValueError as e:
    print("ValueError:", e)
print(1e308 + 1e308, -(1e308 + 1e308), 1e308 * 10 - 1e308 * 10)
print([x for x in [1.0, nan, 2.0, inf] if x == x])

# Exact comparisons between ints and floats at precision limits, and mixed-type equality/hash consistency.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big + 1) == float(big))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63, 10 ** 16 + 1 > 1e16)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 10 ** 400 == float("inf"))
print(1 == 1.0, 1 < 1.0000000000000002, 0 == -0.0, -1 < -0.5, 3 > 2.9999999999999996, 3 == 2.9999999999999999)
vals = [0, 1, -1, 0.5, -0.5, 2 ** 53, 2 ** 53 + 1, 2.0 ** 53, 1e300, 10 ** 300, float("inf"), float("nan"), True]
for a in vals:
    row = []
    for b in vals:
        row.append("<" if a < b else ">" if a > b else "=" if a == b else "?")
    print(f"{a!r:>24}", "".join(row))
print(hash(2 ** 53) == hash(2.0 ** 53), hash(10 ** 300) == hash(float(10 ** 300)), hash(0.5) != hash(0))
print(sorted([3, 2.5, 2 ** 60, 1e18, -1, -1.5, True, 0.0]))
print(max(2 ** 1000, 1e308), min(-(2 ** 1000), -1e308), 2 ** 1000 > 1.7e308)
print(int(1e16) == 10 ** 16, int(1.5e16), round(2.5e16) == 25000000000000000)
print(1 / 3 == 0.3333333333333333, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)

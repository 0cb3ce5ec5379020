# math: sqrt, floor, ceil, trunc, fabs, pow, constants, isqrt, gcd, factorial.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 1, 2, 4, 2.25, 10, 1e10, 0.5]:
    print("sqrt", x, math.sqrt(x))
for x in [2.5, -2.5, 3.0, -0.5, 0.0, 1e20, -1e-20, 7]:
    print("floor/ceil/trunc", x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.inf), math.pow(4, -0.5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print([math.factorial(n) for n in range(12)], math.factorial(30))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-0.0), math.ceil(-0.0), math.trunc(2 ** 70 + 0.0), math.floor(10 ** 30), math.ceil(True))
print(math.comb(10, 3), math.perm(5, 2), math.comb(50, 25), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.dist((0, 0), (3, 4)))
class F:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
    def __trunc__(self):
        return "custom trunc"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))

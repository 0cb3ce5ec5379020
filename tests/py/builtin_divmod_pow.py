# divmod and pow (2- and 3-argument) for ints and floats.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10 ** 25, 7), (-(10 ** 25), 7), (5, 10 ** 30)]:
    print("divmod", a, b, divmod(a, b))
for a, b in [(17.5, 5), (-17.5, 5), (17, -5.5), (1e300, 3.7), (0.0, -1.0)]:
    print("divmod", a, b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-2, 3), pow(-2, 2), pow(0, 0), pow(10, 20))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(12345678901234567890, 98765, 10 ** 9 + 9), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 11), pow(7, -2, 13), pow(5, 0, 1), pow(0, 0, 3), pow(2, 5, 2 ** 100))
print(pow(base=2, exp=8), pow(2, 8, mod=10))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 6), lambda: pow(2.0, 2, 5), lambda: pow("2", 2), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(0, -1)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30) for m in range(2, 15)))
print(sum(divmod(i, 7)[1] for i in range(1000)))
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
print(divmod(D(), 3), divmod(3, D()), pow(D(), 2), pow(D(), 2, 7), D() ** 5)

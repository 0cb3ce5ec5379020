# A binary operator site that sees ints and floats in several mixes becomes
# one form serving every mix (BINARY_OP_NUMBER); its results must stay
# exactly Python's: int arithmetic for two ints (exact, widening past 64
# bits, exact true division), float arithmetic otherwise.


def scale(a, b):
    return a * b


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def div(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def power(a, b):
    return a ** b


values = [3, 2.5, -7, 0.1, 10**15, 1e300, -0.0, 2**62, 5, float("inf")]
# (no negative bases: Stitch has no complex numbers)
small = [3, 2.5, 0.1, 5, -0.0, 2]

for name, fn in [("*", scale), ("+", add), ("-", sub), ("/", div),
                 ("//", floordiv), ("%", mod), ("**", power)]:
    out = []
    vs = small if fn is power else values
    for rep in range(3):
        for a in vs:
            for b in vs:
                try:
                    r = fn(a, b)
                except (ZeroDivisionError, OverflowError) as e:
                    r = type(e).__name__
                if rep == 2:
                    out.append(repr(r))
    print(name, len(out))
    for i in range(0, len(out), 10):
        print("  " + " ".join(out[i:i + 10]))

# Two ints past 2**53: true division rounds the exact quotient.
big = 2**62 + 1
for i in range(40):
    x = div(big - i, 3) if i % 2 else div(1.5, 3)
print(repr(x), repr(div(2**53 + 1, 3)), repr(div(9007199254740993, 1)))

# Overflow of the int forms after the site went mixed.
acc = 1
for i in range(100):
    acc = scale(acc, 3) if i % 3 else scale(acc, 1.0) if acc < 1e18 else scale(acc, 3)
print(acc)

# Bools and other numbers are not served by the number form.
total = 0
for i in range(60):
    v = [1, 2.0, True, 3][i % 4]
    total = add(total, v)
print(total, add(True, 0.5), add(False, 2))

# Division by zero from the number form, in each mix.
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (1.0, 0.0), (7, 2), (7.0, 2)]:
    for f in (div, floordiv, mod):
        try:
            print(f.__name__, a, b, f(a, b))
        except ZeroDivisionError as e:
            print(f.__name__, a, b, "ZeroDivisionError:", e)

# In-place operators on a mixed site.
s = 0
for i in range(200):
    s += i if i % 2 else i * 0.5
    s -= 1 if i % 3 else 0.25
print(s)


class Num(float):
    pass


# A float subclass is not a float for the number form.
n = Num(1.5)
print([type(add(v, n)).__name__ for v in (1, 2.0, n)], add(n, 2))

# Division by zero for floats and ints, error messages.
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -2", lambda: 0.0 ** -2),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("10**100 / 0", lambda: 10 ** 100 / 0),
    ("True / False", lambda: True / False),
    ("-5 % 0", lambda: -5 % 0),
    ("inf / 0", lambda: float("inf") / 0),
    ("nan // 0.0", lambda: float("nan") // 0.0),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, "|", e, "|", e.args)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
def safe(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe(a, b) for a in (-1, 0, 1) for b in (0, 2)])
count = 0
for i in range(-50, 50):
    try:
        100 // i
    except ZeroDivisionError:
        count += 1
print("caught", count)

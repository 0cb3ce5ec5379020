# Conditional (ternary) expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
print([x if x % 2 else -x for x in range(8)])
calls = []
def side(v):
    calls.append(v)
    return v
r = side("yes") if True else side("no")
print(r, calls)
r = side("yes") if False else side("no")
print(r, calls)
sign = lambda x: 1 if x > 0 else (-1 if x < 0 else 0)
print([sign(v) for v in [-5, 0, 3, -0.0, 1e-300]])
print((lambda: "a" if [] else "b")())
x = 10
y = x * 2 if x < 5 else x // 2 if x < 20 else x
print(y)
print(list(("even" if i % 2 == 0 else "odd") + str(i) for i in range(4)))
val = None
print(val if val is not None else "was None")
print(f"{'big' if 10 ** 20 > 2 ** 64 else 'small'}")
def classify(v):
    return ("int" if isinstance(v, int) and not isinstance(v, bool) else
            "bool" if isinstance(v, bool) else
            "str" if isinstance(v, str) else "other")
print([classify(v) for v in [1, True, "s", 2.0, None, False, 0]])

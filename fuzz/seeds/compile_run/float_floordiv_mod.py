# Float floor division and modulo: signs, special values, divmod.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (0.3, 0.1), (1e20, 3.0), (-0.0, 5), (0.0, -5),
         (5.0, 1e-300), (1.0, 0.1), (-1.0, 0.1), (2.5, 2.5), (-2.5, 2.5), (1e-300, 1e300), (-1e-300, 1e300)]
for a, b in pairs:
    print(f"{a!r} // {b!r} = {a // b!r}; % = {a % b!r}; divmod = {divmod(a, b)!r}")
inf, nan = float("inf"), float("nan")
for a, b in [(5.0, inf), (-5.0, inf), (5.0, -inf), (inf, 5.0), (nan, 1.0), (1.0, nan), (-5.0, -inf)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a in [1.0, 0.0, -1.0, inf, nan]:
    for op in ["//", "%", "/", "divmod"]:
        try:
            if op == "//":
                a // 0.0
            elif op == "%":
                a % 0
            elif op == "/":
                a / 0.0
            else:
                divmod(a, 0.0)
            print("no error?")
        except ZeroDivisionError as e:
            print(a, op, "ZeroDivisionError:", e)
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7 % -2.0)
acc = 0.0
for i in range(1, 100):
    acc += (i * 1.7) % 3.1 - (i * 0.9) // 1.3
print(round(acc, 6))

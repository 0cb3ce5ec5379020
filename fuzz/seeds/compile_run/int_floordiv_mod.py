# Floor division and modulo with all sign combinations, divmod, big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10), (1, -10)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
    assert (a // b) * b + a % b == a
big = 10 ** 30 + 7
for b in [3, -3, 10 ** 15, -(10 ** 15), 2 ** 64 + 1]:
    print(big // b, big % b, -big // b, -big % b)
for a in [2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 63 + 1]:
    print(a // 7, a % 7, a // -7, a % -7)
for exp in [ZeroDivisionError]:
    for a in [1, 0, -5, 10 ** 40]:
        try:
            a // 0
        except exp as e:
            print("//", a, "->", type(e).__name__, e)
        try:
            a % 0
        except exp as e:
            print("%", a, "->", type(e).__name__, e)
        try:
            divmod(a, 0)
        except exp as e:
            print("divmod", a, "->", type(e).__name__, e)
        try:
            a / 0
        except exp as e:
            print("/", a, "->", type(e).__name__, e)
print(True // 2, True % 2, -True // 2)
s = 0
for i in range(-50, 50):
    s += i // 7 + i % 7 * 3
print("loop sum", s)
print(-1 // 3, -1 % 3, 5 % -3, -5 % -3)
print((-10 ** 20) // 3, (-10 ** 20) % 3)

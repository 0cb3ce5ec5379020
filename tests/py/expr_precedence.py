# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 7 // 2 * 2, 7 % 4 % 3, 2 * 7 % 4)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 16 >> 2 - 1, 5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5)
print(1 | 2 ^ 3 & 4, ~1 + 1, -~1, ~-1, not 1 + 1 == 2, not (1 + 1) == 3, - - 5, + - + 5)
print(1 < 2 == True, (1 < 2) == True, 3 > 2 > 1, (3 > 2) > 1, 1 + 1 in [2], not 1 in [1], 1 not in [1] == False)
print(True or False and False, (True or False) and False, not True and False, not (True and False))
print(1 if True else 2 + 10, (1 if False else 2) + 10, 0 or 1 if 0 else 5, [1, 2][0] + 1, "ab" * 2 + "c")
print(-3 % 5, -(3 % 5), 2 ** -2 ** 2, -2 ** -1, 3 * -1, 3 - -1, 3 + +1)
x = 5
print(x * 2 == 10 and x - 5 == 0 or x, x & 1 == 1, (x & 1) == 1, x | 2 == 7, x ^ 1 < 5)
f = lambda: 1 if x else 2
print(f(), (lambda: 1)() + 1, (lambda y: y * 2 if y else -1)(0))
a = [1, 2, 3]
print(a[1] ** 2, -a[0], not a, a[-1] * a[0] + a[1], len(a) * 2 - 1, a[1:][0], a[::-1][0] ** 2)
print(3 * "ab" + "c" * 2, ("x" + "y") * 2, "%d" % 3 * 2, "%d" % (3 * 2), f"{2 + 3 * 4}")
print((1, 2) + (3,) * 2, [0] * 2 + [1], {1, 2} | {3} & {3, 4}, ({1, 2} | {3}) & {3, 4}, {1, 2} - {1} | {5})
b = 3
b += 2 * 3
print(b, 2 ** 10 // 3 % 7, 1 - 2 - 3 - 4, 2 * 3 // 4 * 5, 100 // 7 % 3 ** 2)
print(1e3 ** 0.5 * 2, 10 / 4 * 2, 10 // 4 * 2.0, -7 // 2 ** 1, (-7) // 2)

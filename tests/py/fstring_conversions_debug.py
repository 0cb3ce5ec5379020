# f-string conversions !r !s !a and the = debugging specifier.
s = "héllo\n\t'quote'"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'日本語'!a} {'😀'!a} {'plain'!a}")
vals = [1, 1.5, None, True, "s", [1, "a"], {"k": "v"}, (1,), {1}, b"by"]
for v in vals:
    print(f"{v!r} | {v!s} | {v!a}")
class Both:
    def __repr__(self):
        return "Both.repr<é>"
    def __str__(self):
        return "Both.str"
    def __format__(self, spec):
        return f"Both.format({spec!r})"
b = Both()
print(f"{b} {b!s} {b!r} {b!a} {b:spec} {b!r:>15} {b!s:*<10}")
x = 10
y = "text"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{y=:>8}")
print(f"{x*2=}")
print(f"{x + 1 = }")
print(f"{items[0]=}, {len(items)=}")
print(f"{b=}")
print(f"{b=!s}")
print(f"{b=:xyz}")
print(f"{3.14159=:.2f}")
print(f"{'lit'=}")
print(f"{x=}{y=}")
print(f"{x    =    }")
def fn(a):
    return a * 3
print(f"{fn(2)=}", f"{fn('ab')=}")
print(f"{None=} {True=} {[]=}")

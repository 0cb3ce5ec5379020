# Nested format specs in f-strings and str.format.
width, prec = 12, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}.{prec + 2}f}]")
for w in range(4, 12, 3):
    for p in range(0, 4):
        print(f"[{val:{w}.{p}f}]", end=" ")
    print()
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}{width}}]")
for a in "<>^":
    print(f"[{'x':{a}5}] [{42:{a}6}]")
spec = ".2e"
print(f"{12345.6789:{spec}}")
print("[{:{}.{}f}]".format(val, width, prec))
print("[{0:{1}}] [{0:>{1}}]".format("fmt", 7))
print("[{v:{f}{a}{w}}]".format(v="nest", f="-", a="^", w=10))
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10.0, 100)]
widths = [max(len(r[0]) for r in rows) + 1, 8, 5]
for name, price, qty in rows:
    print(f"{name:<{widths[0]}}|{price:>{widths[1]}.2f}|{qty:>{widths[2]}d}|")
print(f"{'total':<{widths[0]}}|{sum(r[1] * r[2] for r in rows):>{widths[1]}.2f}|")
print(f"{f'{val:.2f}':>10}")
print(f"{'%d items' % 3:^15}")
print(f"{[f'{i:02d}' for i in range(3)]}")

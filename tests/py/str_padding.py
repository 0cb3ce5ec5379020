# zfill / center / ljust / rjust with fill chars and widths.
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    print(f"[{s.center(7)}] [{s.center(8, '*')}] [{s.ljust(6, '.')}] [{s.rjust(6, '-')}] [{s.center(2)}]")
for n in ["42", "-42", "+42", "", "abc", "-", "3.14", "0", "+"]:
    print(repr(n.zfill(6)), repr(n.zfill(0)), repr(n.zfill(2)))
print("x".center(4), "|", "x".center(5), "|", "xy".center(5), "|", "xy".center(6, "="))
for w in range(0, 8):
    print(repr("abc".center(w, "_")), end=" ")
print()
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
print("x".ljust(-5), "x".rjust(0), str(7).zfill(3), str(-7).zfill(3))
table = [("Name", "Qty"), ("apple", "3"), ("kiwi", "12")]
for a, b in table:
    print(a.ljust(8) + "|" + b.rjust(4) + "|")

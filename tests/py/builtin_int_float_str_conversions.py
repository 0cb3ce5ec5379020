# int(), float(), str(), bool() conversions between types.
vals = [0, -3, 7, 2.5, -2.5, 0.9999, 1e20, True, False, "42", "-7", " 8 ", "3.25", "1e3", "inf", "-nan"]
for v in vals:
    out = []
    for conv in (int, float, str, bool):
        try:
            out.append(repr(conv(v)))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(v), "->", " ".join(out))
print(int(), float(), str(), bool(), repr(str()))
print(str(123), str(-0.0), str([1, "a"]), str({"k": None}), str((1,)), str(None), str(b"x"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object=5))
print(int("0x1A", 16), int("1A", 16), int("-0b11", 0), int(" -12_345 "), float("  -1_000.5e-2 "))
print(float(2 ** 53 + 1), int(float(2 ** 53 + 1)), float(-(2 ** 70)), int(-1e20))
print(int(7.999999999999999), int(7.9999999999999999), float("0.1") * 3, float(1 / 3))
print(bool("False"), bool("0"), bool(0.0), bool(-1), bool([None]), bool(()))
class Conv:
    def __int__(self):
        return 11
    def __float__(self):
        return 2.5
    def __str__(self):
        return "conv-str"
    def __bool__(self):
        return False
    def __index__(self):
        return 12
c = Conv()
print(int(c), float(c), str(c), bool(c), hex(c), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13][c])
class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), float(OnlyIndex()))
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    int("٣") + int("３")
    print(int("٣"), int("３"), float("٣.٥"))
except ValueError as e:
    print("ValueError:", e)

# String concatenation, repetition, comparison, membership, iteration, immutability.
a = "abc"
b = "ABC"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100, repr("" + ""))
print(a == "abc", a != b, a < b, b < a, a <= "abc", "abd" > "abc", "ab" < "abc", "" < "a", "Z" < "a", "a" < "ä")
print(a.lower() == b.lower(), sorted([b, a, "aBc", "Abc"]), max(["apple", "apricot"]), min("hello"))
print("bc" in a, "" in a, "cb" in a, "a" not in b, a[0] + a[-1], a[::-1] * 2)
s = ""
for ch in "hello":
    s = ch + s
print(s)
s = "x"
for i in range(10):
    s += s[-1] + str(i)
print(s, len(s))
parts = ["a", "b", "c"]
print("".join(parts), "-".join(parts) + "-", "-".join(p * 2 for p in parts))
try:
    "abc" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < 5
except TypeError as e:
    print("TypeError:", e)
print("a" "b" "c", ("multi"
      "line"), "tab\t|", r"raw\n", len(r"\n"), len("\n"), "\x41\u0042\U00000043", "\101")
print(str(1) + str(2.5) + str(None) + str([1]), "%s%s" % (1, 2), f"{1}{2}", "{}{}".format(1, 2))
print(hash("abc") == hash("ab" + "c"), "abc" is not None, ("a" * 3) == "aaa")
print(list("héllo"), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
print(ord(min("zebra")), ord(max("zebra")), "".join(sorted("zebra")), "".join(reversed("zebra")))
long = "ab" * 5000
print(len(long), long.count("ab"), long[9998:], long.find("ba"), long.rfind("ab"))

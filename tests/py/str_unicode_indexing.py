# Non-ASCII strings: length, indexing, slicing, iteration, ord/chr, comparisons.
s = "naïve café 日本語 😀🎉 Ω"
print(s, len(s))
print([s[i] for i in range(0, len(s), 3)])
print(s[2], s[-1], s[-3:-1], s[11:14], s[::-1])
print([ord(c) for c in "aé日😀"], [hex(ord(c)) for c in "Ωß"])
print("".join(chr(c) for c in [72, 233, 26085, 128512]))
for ch in "é日😀":
    print(ch, len(ch), ord(ch), repr(ch), ascii(ch), ch.encode("utf-8"), len(ch.encode("utf-8")))
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(sorted("zébra Zèbre apple Äpfel".split()))
print(max("aé日😀"), min("aé日😀"), "é" > "z", "😀" > "日")
print("日本語".find("語"), "日本語".index("本"), "日本語" * 2, "日本語" + "!")
print(list(enumerate("αβγ")), list(reversed("αβγ")))
word = "ünïcödé"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("\u0041\u030A", len("\u0041\u030A"), "\U0001F600" == "😀", "\x41\101")
print(str(b"\xc3\xa9", "utf-8"), b"caf\xc3\xa9".decode(), "café".encode("latin-1"))
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("😀"[0], "😀x"[1:], len("👨‍👩‍👧"), [hex(ord(c)) for c in "👨‍👩‍👧"])
print("ΑΒΓ".lower(), "straße".upper(), "ǅ".lower(), "ǅ".upper())

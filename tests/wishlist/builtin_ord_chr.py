# ord and chr across ASCII, Latin-1, BMP and astral planes.
for c in ["a", "A", "0", " ", "\n", "\x00", "~", "\x7f", "é", "ÿ", "Ā", "€", "日", "\uffff", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print([chr(i) for i in range(65, 91)])
print("".join(chr(i) for i in range(0x3b1, 0x3c1)))
print([ord(c) - ord("a") for c in "hello"])
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(ord(b"A"), chr(97) + chr(98), sum(map(ord, "abc")))
print(chr(0xd800) == "\ud800", len(chr(0x1f600)), chr(0x41).isupper())

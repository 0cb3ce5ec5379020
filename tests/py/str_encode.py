# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers.
for s in ["hello", "café", "日本", "😀", "", "a\x00b", "\xff"]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, list(b)[:6])
print("café".encode("latin-1"), "café".encode("ascii", "ignore"), "café".encode("ascii", "replace"))
print("café".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"))
print("abc".encode("utf-8"), "abc".encode("UTF8"), "Ω".encode("utf_8"))
for bad in ["日", "é"]:
    try:
        bad.encode("ascii")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e.reason, e.start, e.end)
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
b = "Hello, Wörld".encode()
print(b, type(b).__name__, b[0], b[-1], b[:5], b.upper(), b.split(b","), len(b))
print(bytes([72, 105]), bytes(3), b"ab" + b"cd", b"x" * 3, b"abc" == b"abc", b"a" < b"b")
print(b"hello".hex(), bytes.fromhex("68 65"), b"\x00\x01\x7f\x80\xff")
print(repr(b"'quote'"), repr(b'"dq"'), repr(b"both'\""), b"tab\t\n")
print(sum("naïve".encode()), [c for c in "é".encode()])

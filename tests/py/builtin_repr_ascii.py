# repr and ascii of strings with quotes, escapes and non-ASCII; of containers and numbers.
samples = ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "new\nline", "back\\slash", "\r\x00\x1f\x7f",
           "é", "日本", "😀", "\u200b", "\xa0", "\x80\x9f", "\ufffd", "\U0010ffff", "mixed é'\""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(1), repr(-1.5), repr(1e100), repr(True), repr(None), repr(...), repr(NotImplemented))
print(repr([1, "a", ("t",)]), repr({"é": ["ü"]}), ascii({"é": ["ü"]}), ascii(["日"]), ascii(1.5), ascii(None))
print(repr(set()), repr(frozenset({1})), repr({}), repr(()), repr((1,)), repr([]), repr(range(2)), repr(slice(1, None)))
print(repr(b"bytes\x00\xff'"), ascii(b"\xff"), repr(b'"'), repr(b"'\""))
print(repr(int), repr(str), repr(KeyError), repr(ValueError("x")))
class R:
    def __repr__(self):
        return "R(é)"
print(repr(R()), ascii(R()), ascii([R()]), str([R()]))
print(repr("\a\b\f\v"), repr("\x1b[0m"), repr(chr(0x2028)), repr(chr(0xe9)), repr(chr(0x300)))

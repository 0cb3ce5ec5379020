# strip / lstrip / rstrip with and without characters; removeprefix/removesuffix.
samples = ["  pad  ", "\t\n mixed \r\n", "", "   ", "noedge", "xxhixx", "\u3000ideographic\u3000", "\xa0nbsp\xa0"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("aaa".strip("a")), repr("banana".strip("an")), repr("  x  ".strip(" x")), repr("abc".strip("")))
print(repr("  x ".strip(None)), repr("--x--".lstrip("-")), repr("--x--".rstrip("-")))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.py".removesuffix(".py"), "body".removesuffix(""))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError:", e)
lines = ["  alpha\n", "beta  \n", "\tgamma\t\n"]
print([l.strip() for l in lines])
print([l.rstrip("\n") for l in lines])
s = "   many   spaces   here   "
print(repr(" ".join(s.split())), repr(s.strip().replace("   ", " ")))
print(repr("ééxéé".strip("é")), repr("日日本日".strip("日")))

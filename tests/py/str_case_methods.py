# upper / lower / title / capitalize / swapcase / casefold on ASCII and unicode.
samples = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "123abc def", "", "ß straße",
           "élan vital", "ÉCOLE", "ǆemal", "i̇stanbul", "ΣΊΣΥΦΟΣ", "mixed-case_words here", "a1b2 c3d4", "o'neil mc-donald"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("ABC".lower() == "abc", "Hello".swapcase().swapcase(), "hello"[0].upper() + "hello"[1:])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
print(" ".join(w.capitalize() for w in "the lord of the rings".split()))
print("3rd place".title(), "x-ray".title(), "DON'T".capitalize(), "éclair".capitalize())

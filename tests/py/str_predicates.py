# str predicate methods: isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isdecimal/isnumeric/isidentifier/isascii/isprintable.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", "\t\n", "Hello World", "Hello world",
           "ÉCOLE", "école", "日本", "٣", "²", "½", "Ⅻ", "_id", "2x", "class", "a b", "x_1", "ǅ", "é", "\x00", "🐍", "AB1", "1a"]
print("sample      digit alpha alnum space upper lower title decim numer ident ascii print")
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
             s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isascii(), s.isprintable()]
    print(f"{s!r:11}", " ".join(f"{str(f)[0]:>5}" for f in flags))
print(sum(c.isdigit() for c in "a1b22c333"), [c for c in "x1y2" if c.isalpha()])
print("Hello".isupper(), "HELLO!".isupper(), "hello!".islower(), "123".isupper(), "A1".isupper())
print("The Title".istitle(), "The title".istitle(), "1st Place".istitle(), "ABC".istitle(), "Ab Cd".istitle())

# str.replace with count, empty strings, unicode; str * and +.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1), s.replace("the", "a", 2), s.replace("the", "a", 0), s.replace("the", "a", -1))
print(s.replace("at", ""), s.replace(" ", ""), s.replace("zzz", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "a"), "banana".replace("ana", "X"))
print("héllo".replace("é", "e"), "日本".replace("日", "月"), "a😀b".replace("😀", ":)"))
text = "x"
for i in range(10):
    text = text.replace("x", "xyx")
print(len(text), text.count("x"), text.count("y"), text[:20])
print("tab\tsep".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(0)))
print("Hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans("abc", "xyz")))
print(str.maketrans({"a": "1"}), "cab".translate(str.maketrans("ab", "AB", "c")))
try:
    "x".replace(1, "y")
except TypeError as e:
    print("TypeError:", e)

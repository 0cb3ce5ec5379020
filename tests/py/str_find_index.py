# find / rfind / index / rindex / count with start/end arguments.
s = "hello world, hello universe"
for sub in ["hello", "o", "world", "xyz", "", "e", "universe", "hello universe!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -5), s.rfind("o", 0, 10), s.rfind("l", -10, -1))
print(s.find("h", 100), s.find("", 100), s.find("", 27), s.rfind("", 5), s.count("", 3, 6))
print(s.index("world"), s.rindex("hello"), s.index("l", 3), s.rindex("l", 0, 5))
for meth, args in [("index", ("xyz",)), ("rindex", ("q",)), ("index", ("hello", 1, 5))]:
    try:
        getattr(s, meth)(*args)
    except ValueError as e:
        print(meth, "ValueError:", e)
print("aaaa".count("aa"), "aaaa".count("a"), "".count(""), "abc".count(""), "ababab".count("aba"))
print("ünïcödé".find("ö"), "日本語日本".rfind("日本"), "😀x😀".index("x"), "😀x😀".count("😀"))
t = "mississippi"
positions = []
i = t.find("ss")
while i != -1:
    positions.append(i)
    i = t.find("ss", i + 1)
print(positions)
positions = []
i = t.find("i")
while i >= 0:
    positions.append(i)
    i = t.find("i", i + 1)
print(positions, t.count("i"), t.count("i", 2), t.count("i", 2, -2))
try:
    s.find(5)
except TypeError as e:
    print("TypeError:", e)
print(s.find("world", None, None), s.count("l", None, 10))
print("abc".find("c", -1), "abc".find("a", -1), "abc".rfind("abc", -100, 100))

# startswith / endswith with strings, tuples, start and end.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("name", 4, 6))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, -3), s.endswith(""), s.startswith(""))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.endswith(()), s.startswith(("",)))
print("".startswith(""), "".endswith("a"), "abc".startswith("abc"), "abc".startswith("abcd"))
print("abc".startswith("b", 1), "abc".startswith("c", -1), "abc".endswith("b", 0, 2), "abc".endswith("a", -3, -2))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4), "abc".endswith("", 2, 1))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py.bak", "README"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".txt"))])
print(["héllo".startswith("hé"), "wörld".endswith("ld"), "日本語".startswith("日本"), "😀!".endswith("!")])
for bad in [5, ["a"], ("a", 5)]:
    try:
        s.startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.endswith(None)
except TypeError as e:
    print("TypeError:", e)
urls = ["http://x", "https://y", "ftp://z", "mailto:q"]
for u in urls:
    print(u, u.startswith(("http://", "https://")), u.startswith("ftp", 0, 3))

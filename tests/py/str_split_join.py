# str.split / rsplit / join / splitlines variants.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1), "a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "abc".split("abc"), "".split(","), "".split(), "   ".split())
print("one".split(","), "x".rsplit("x"), "aaa".split("a"), "aaa".split("aa"))
print("1-2-3-4".split("-", 0), "1-2-3-4".split("-", -1), "1-2-3-4".rsplit("-", maxsplit=2), "1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " | ".join(("1",)), "\n".join(["l1", "l2"]))
print("+".join(str(i) for i in range(5)), ", ".join(sorted({"b", "a"})), "".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
print("héllo wörld ñ".split("ö"), "日本 語 テキスト".split(), "a\u3000b\xa0c".split())
print("a\x1cb\x1dc\x1ed\x1fe\x85f".split())
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
words = "It was the best of times it was the worst of times".lower().split()
print(len(words), sorted(set(words)))
print(" ".join(w.capitalize() for w in words))
print("a b c".split(" ", 1)[1], "k=v=w".split("=", 1), "k=v=w".rpartition("="))
line = "x" * 5 + "," * 3
print(line.split(","), len(line.split(",")))

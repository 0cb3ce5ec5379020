# Subclassing str: methods return plain str, custom behaviour, formatting.
class Tag(str):
    def wrap(self, inner):
        return f"<{self}>{inner}</{self}>"
t = Tag("b")
print(t, repr(t), t.wrap("bold"), t.upper(), type(t.upper()).__name__, type(t + "x").__name__, type(t[0]).__name__)
print(t == "b", hash(t) == hash("b"), {"b": 1}[t], isinstance(t, str), len(t))
class CaseInsensitive(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
ci = CaseInsensitive("HeLLo")
print(ci == "hello", "HELLO" == ci, ci in ["hello"], ci in {"hello": 1}, {ci: 1}.get(CaseInsensitive("hello")))
class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
    def parts(self):
        return [p for p in self.split("/") if p]
p = Path("/usr") / "local" / "bin"
print(p, type(p).__name__, p.parts(), p.startswith("/usr"))
class Shout(str):
    def __str__(self):
        return self.upper() + "!"
s = Shout("hey")
print(s, str(s), f"{s}", "%s" % s, s + "", repr(s), format(s), "{}".format(s))
class Counted(str):
    count = 0
    def __new__(cls, v):
        cls.count += 1
        return super().__new__(cls, v)
words = [Counted(w) for w in "a b c".split()]
print(words, Counted.count, "".join(words), sorted(words, reverse=True))
print(Tag("x") * 3, Tag("abc")[::-1], Tag("a,b").split(","), list(Tag("hi")))

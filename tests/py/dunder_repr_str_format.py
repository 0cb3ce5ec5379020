# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(s, str(s), [s][0], f"{s}")
print(repr(s).startswith("<__main__.StrOnly object at "))
class Fmt:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"Fmt({self.v})"
        if spec == "hex":
            return hex(self.v)
        return format(self.v, spec)
    def __repr__(self):
        return f"Fmt.repr({self.v})"
f = Fmt(255)
print(f"{f}", f"{f:hex}", f"{f:>8}", f"{f:08b}", format(f, "x"), "{:hex}".format(f), "{0!r}".format(f), str(f))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(str(tree) == repr(tree))
class IntLike(int):
    def __repr__(self):
        return f"IntLike({int(self)})"
print(IntLike(5), [IntLike(5)], f"{IntLike(5)}", str(IntLike(5)), "%s %r %d" % (IntLike(1), IntLike(2), IntLike(3)))
class StrSub(str):
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "custom-repr"
ss = StrSub("base")
print(ss, str(ss), repr(ss), [ss], ss + "!", f"{ss}", "%s" % ss)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\back"), repr("\x00\x07\x1b\x7f"), repr("\u200b\xa0"))

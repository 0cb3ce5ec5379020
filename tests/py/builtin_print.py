# print: sep, end, file, flush, multiple args, no args, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print("multi", "end", sep="-", end="\n\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"}, {1})
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*range(5), sep="+")
print(*[], sep="never")
print("", "", sep="|")
print("sep None", "ok", sep=None)
print("end None", end=None)
print("tab\tsep", "new\nline")
print("unicode: é 日本 😀")
class P:
    def __str__(self):
        return "P.__str__"
class Q:
    def __repr__(self):
        return "Q.__repr__"
print(P(), [Q()], Q(), sep=" :: ")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("captured", 42, sep="_", end="$", file=w)
print(w.parts)
print("line", file=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("%s|%s" % ("a", "b"), f"{'f'}", "{}".format("fmt"))

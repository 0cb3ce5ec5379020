import collections
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case Color.GREEN:
            return "green"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "go" | "run":
            return "verb"
        case str(s):
            return f"str {s}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [1, *_, 9]:
            return "1..9"
        case [a, *mid, b]:
            return f"a={a} mid={mid} b={b}"
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": action, **rest}:
            return f"action {action} rest={rest}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "somewhere"
        case (1, 2) | [3, 4]:
            return "pair"
        case _:
            return "other"

tests = [None, True, False, 0, 1, 2, -5, 3.5, "go", "run", "hello", [], [7], [7, 8],
         [1, 2, 3, 4, 5, 6], [1, 5, 9], [1, 2, 3], (4, 5, 6), {"action": "move", "to": (3, 4)},
         {"action": "stop", "speed": 3}, {"k": 1}, {}, Point(0, 0), Point(0, 5), Point(5, 0),
         Point(3, 3), Point(1, 2), (1, 2), [3, 4], object, range(2), collections.OrderedDict(a=1),
         collections.deque([1, 2]), b"ab", bytearray(b"x") if False else "bytes", {1, 2}, 2]
for t in tests:
    print(repr(t) if not isinstance(t, type) else t.__name__, "->", describe(t))

# defaultdict must not create keys
d = collections.defaultdict(list)
match d:
    case {"missing": _}:
        print("matched?")
    case _:
        print("no", dict(d))

# match with walrus-free nested patterns and binding order
match [1, [2, [3, 4]], {"k": (5, 6)}]:
    case [a, [b, [c, d]], {"k": (e, f)}]:
        print(a, b, c, d, e, f)

# or-patterns binding in different orders
for v in [(1, 2), [2, 1]]:
    match v:
        case (1, x) | [x, 1]:
            print("x =", x)

match (1, 2):
    case (a, b) | (b, a) if a > b:
        print("never")
    case (a, b):
        print("ab", a, b)

# class with __match_args__
class V:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
match V(1, V(2, 3)):
    case V(1, V(b=3, a=x)):
        print("nested", x)

# errors
class Q:
    __match_args__ = ["a"]
for subj, pat in [(5, "int(1, 2)"), (Q(), "Q(1)")]:
    try:
        exec(f"match s:\n    case {pat}: pass", {"s": subj, "Q": Q})
    except TypeError as e:
        print("TypeError:", e)
try:
    match 5:
        case Color.RED.real():
            pass
except TypeError as e:
    print("TypeError:", e)
for src in ["match x:\n case y: pass\n case 1: pass", "match x:\n case [a, a]: pass",
            "match x:\n case {1: a, 1: b}: pass", "match x:\n case 1 | a: pass",
            "match x:\n case P(a=1, a=2): pass", "match x:\n case [*a, *b]: pass",
            "match x:\n case _: pass\n case 1: pass", "match x:\n case (a|[a, b]): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# the subject is evaluated once; match inside loops and functions with break/continue
def gen():
    print("evaluated")
    return 3
match gen():
    case 1: pass
    case 3: print("three")
total = 0
for i in range(10):
    match i % 3:
        case 0:
            continue
        case 1:
            total += i
        case _:
            if i > 7:
                break
print("total", total)

# match on a user Sequence/Mapping ABC
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self):
        return 3
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "a": return 1
        raise KeyError(k)
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
match MySeq():
    case [a, b, c]: print("seq", a, b, c)
match MyMap():
    case {"a": v}: print("map", v)
class Plain:
    def __getitem__(self, i): return i
    def __len__(self): return 2
match Plain():
    case [a, b]: print("plain is a sequence?")
    case _: print("plain is not a sequence")

# Built-ins consuming an iterable pull one item at a time, interleaved
# with their own work (comparisons, key calls, additions, hashing), and
# stop pulling as soon as that work raises or decides the result.


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  %r < %r" % (self.v, other.v))
        if self.v == "boom" or other.v == "boom":
            raise ValueError("cannot compare")
        return self.v < other.v

    def __gt__(self, other):
        print("  %r > %r" % (self.v, other.v))
        return self.v > other.v

    def __add__(self, other):
        print("  %r + %r" % (self.v, getattr(other, "v", other)))
        return K(self.v + getattr(other, "v", other))

    __radd__ = __add__

    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v

    def __bool__(self):
        print("  bool", self.v)
        return bool(self.v)

    def __repr__(self):
        return "K(%r)" % (self.v,)


def gen(*vals):
    for v in vals:
        print(" yield", v)
        yield K(v)
    print(" exhausted")


for name, fn in [("min", min), ("max", max), ("sum", lambda it: sum(it, K(0))),
                 ("set", set), ("tuple", tuple), ("any", any), ("all", all)]:
    print(name)
    r = fn(gen(3, 1, 2))
    print(" ->", sorted(r, key=lambda k: k.v) if name == "set" else r)

print("min with key")
print(min(gen(5, 4), key=lambda k: (print("  key", k.v), -k.v)[1]))
print("max of several arguments")
print(max(K(1), K(3), K(2)))
print("any stops early")
g = gen(0, 7, 8)
print(any(g), list(g))
print("all stops early")
g = gen(1, 0, 9)
print(all(g), list(g))

print("error in the middle leaves the rest unconsumed")
g = gen(1, "boom", 3)
try:
    min(g)
except ValueError as e:
    print("ValueError", e)
print(list(g))
g = gen(1, 2, "x")
try:
    sum(g)
except TypeError as e:
    print("TypeError", e)
print(list(g))

print("defaults and empties")
print(min(gen(), default="empty"), max([], default=None))
try:
    min(gen())
except ValueError as e:
    print("ValueError", e)
try:
    max(5)
except TypeError as e:
    print("TypeError", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)

print("mutating a list while min/max walk it")
lst = [3, 1, 2]


def key_appends(x):
    if len(lst) < 6:
        lst.append(x - 10)
    return x


print(min(lst, key=key_appends), lst)
lst = [5, 6, 7, 8]


def key_pops(x):
    if lst:
        lst.pop()
    return x


print(max(lst, key=key_pops), lst)

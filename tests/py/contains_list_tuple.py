# `x in list` / `x in tuple` (CONTAINS_OP_LIST / CONTAINS_OP_TUPLE once
# specialized): identity first, then ==, item first (`item == x`), in
# order; lists mutated by __eq__; mixed element types; guard failures.


class Loud:
    def __init__(self, name, eq=False):
        self.name = name
        self.eq = eq

    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self.name, getattr(other, "name", other)))
        return self.eq

    __hash__ = object.__hash__


class Ident:
    def __eq__(self, other):
        print("  Ident.__eq__ called")
        return False

    __hash__ = object.__hash__


def check(x, seq):
    return x in seq, x not in seq


print("-- ints, bools, floats, mixed")
L = [1, 2, 3, True, 2.5, "s", None, (1, 2), 10**30]
for x in (1, 3, 4, True, False, 1.0, 2.5, 0.0, "s", "t", None, (1, 2), (1, 3), 10**30, 10**30 + 1, [1]):
    print(repr(x), check(x, L), check(x, tuple(L)))
print(check(0, [False]), check(1, [1.0]), check(2**53 + 1, [float(2**53)]))
nan = float("nan")
print(check(nan, [nan]), check(float("nan"), [1.0]))

print("-- identity first")
a = Ident()
for _ in range(3):
    print(check(a, [1, a]), check(a, (a,)))
print(check(Ident(), [a, 5]))

print("-- __eq__ order and arguments")
x = Loud("x", False)
items = [Loud("a"), 7, Loud("b", True), Loud("c")]
print(x in items)
print(x in tuple(items))
print(5 in [Loud("p"), Loud("q", True)])
print(Loud("r", True) in [1, 2])
print("-- reflected __eq__ of a subclass")


class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented

    __hash__ = object.__hash__


class Sub(Base):
    def __eq__(self, other):
        print("  Sub.__eq__")
        return True

    __hash__ = object.__hash__


print(Sub() in [Base()], Base() in (Sub(),))

print("-- list mutated by __eq__")


class Shrinker:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False

    __hash__ = object.__hash__


lst = []
lst.extend([1, Shrinker(lst), 3, 4])
print(4 in lst, lst)


class Grower:
    def __init__(self, lst):
        self.lst = lst
        self.n = 0

    def __eq__(self, other):
        self.n += 1
        if self.n < 5:
            self.lst.append(other if self.n == 4 else self.n)
        return False

    __hash__ = object.__hash__


lst = []
lst.append(Grower(lst))
print("x" in lst, len(lst), lst[1:])
lst = [Grower(None)]
lst[0].lst = lst
print(99 in lst, lst[1:])


class Replacer:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst[:] = [other]
        return False

    __hash__ = object.__hash__


lst = []
lst.append(Replacer(lst))
lst.append(0)
print(5 in lst, lst)

print("-- errors from __eq__ and __bool__")


class BadEq:
    def __eq__(self, other):
        raise ValueError("eq failed")

    __hash__ = object.__hash__


class BadBool:
    def __bool__(self):
        raise TypeError("no bool")


class EqReturnsBadBool:
    def __eq__(self, other):
        return BadBool()

    __hash__ = object.__hash__


for seq in ([1, BadEq(), 3], (1, BadEq(), 3)):
    try:
        print(3 in seq)
    except ValueError as e:
        print("ValueError", e)
    print(1 in seq)
try:
    print(0 in [EqReturnsBadBool()])
except TypeError as e:
    print("TypeError", e)

print("-- subclasses and changing types at one site")


class MyList(list):
    def __contains__(self, x):
        print("  MyList.__contains__", x)
        return True


class MyTuple(tuple):
    pass


def site(x, c):
    return x in c


containers = [[1, 2, 3]] * 60 + [(1, 2, 3)] * 60 + [MyList([5]), MyTuple((3,)), {3: 0}, {3}, frozenset((3,)), range(4), [1, 2, 3]]
hits = [site(3, c) for c in containers]
print(hits.count(True), len(hits))
print(site("3", "abc3"), site(3, MyList()), site(3, MyTuple((1, 3))))
try:
    site(3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    site(3, "abc")
except TypeError as e:
    print("TypeError", e)

print("-- hot loops")
total = 0
cells = [list(range(8)) for _ in range(20)]
for i in range(2000):
    c = cells[i % 20]
    if i % 8 in c:
        c.remove(i % 8)
        total += 1
    if (i % 3, i % 5) in ((0, 0), (1, 1)):
        total += 100
    if "k%d" % (i % 4) not in ("k0", "k1"):
        total += 10000
print(total, [len(c) for c in cells][:5])

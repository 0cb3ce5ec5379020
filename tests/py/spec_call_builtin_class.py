# Calls of built-in classes (CALL_BUILTIN_CLASS): the native __new__, then
# __init__ only where type.__call__ runs it; sites that see other classes,
# errors from __new__ and __init__, and __new__ results of another type.


def ranges(n):
    total = 0
    for i in range(n):
        r = range(i % 5, i % 5 + 3)
        total += len(r) + r[0]
        total += len(tuple(r)) + len(list(r)) + len(set(r)) + len(frozenset(r))
        total += sum(x for x, _ in zip(r, r)) + len(list(enumerate(r)))
        total += int(i % 7 > 2) + int("12") + int(float(i)) + bool(i % 3)
    return total


print("ranges", ranges(300))


class MyStr(str):
    def __init__(self, *args):
        print("MyStr.__init__", args)


class Weird:
    def __init__(self, k):
        self.k = k

    def __str__(self):
        return MyStr("weird%d" % self.k) if self.k % 100 == 99 else "w%d" % self.k

    def __int__(self):
        return self.k * 2

    def __float__(self):
        return 0.5 * self.k


def conversions(n):
    out = []
    for i in range(n):
        w = Weird(i)
        s = str(w)
        out.append((s, type(s).__name__, int(w), float(w)))
    return out[::37]


print("conversions", conversions(300))


def errors(n):
    out = []
    for i in range(n):
        try:
            out.append(range(i % 4 - 1, "x" if i % 50 == 49 else 3)[-1])
        except (TypeError, IndexError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            out.append(int("z" if i % 60 == 59 else "7"))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(list(i if i % 70 == 69 else [i]))
        except TypeError as e:
            out.append(str(e))
    return [x for x in out if isinstance(x, str)], len(out)


print("errors", errors(300))


def exceptions(n):
    out = []
    for i in range(n):
        e = ValueError("bad", i) if i % 2 else KeyError(i)
        out.append((type(e).__name__, e.args))
    return out[::41]


print("exceptions", exceptions(300))


class MyList(list):
    def __init__(self, xs, tag=None):
        super().__init__(xs)
        self.tag = tag


def mixed_classes(n):
    kinds = [list, tuple, set, MyList, dict]
    out = []
    for i in range(n):
        k = kinds[(i // 50) % len(kinds)]
        if k is dict:
            v = k([(i, i)])
        else:
            v = k(range(i % 4))
        out.append((type(v).__name__, len(v)))
        if i == 200:
            kinds[0] = lambda xs: ["lambda"] + list(xs)
    return out[::23]


print("mixed", mixed_classes(300))


def reassigned(n):
    cls = tuple
    out = []
    for i in range(n):
        out.append(len(cls(range(i % 6))))
        if i == 100:
            cls = list
        if i == 150:
            cls = bytes
        if i == 200:
            cls = str
    return sum(out), out[-3:]


print("reassigned", reassigned(300))


def object_calls(n):
    out = []
    for i in range(n):
        try:
            o = object() if i % 40 else object(i)
            out.append(type(o).__name__)
        except TypeError as e:
            out.append(str(e))
    return out[::39]


print("object", object_calls(300))


# super() is a built-in class whose zero-argument form reads the caller's frame.
class Sup(list):
    def __init__(self, xs):
        super().__init__(xs)
        self.n = len(super().__repr__())


def supers(n):
    return sum(Sup(range(i % 5)).n for i in range(n))


print("supers", supers(300))

# Built-ins that consume a generator run it to its end in one go: check
# what a consumer stopping early or failing leaves behind, and what code
# run by the consumer (hash, eq, bool, add) sees of frames and exceptions.
import sys



def counted(n, log):
    try:
        for i in range(n):
            log.append("yield %d" % i)
            yield i
    finally:
        log.append("finally")


print("-- early stop leaves the generator suspended")
log = []
g = counted(6, log)
print(any(x > 1 for x in g))
print(log)
print(next(g), list(g), log)

log = []
g = counted(5, log)
print(all(x < 2 for x in g), log)
print(sum(g), log)

print("-- a failing consumer leaves it suspended too")


class Bad:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        if self.v == 2:
            raise KeyError("hash of %d" % self.v)
        return self.v


def bads(log):
    for i in range(5):
        log.append(i)
        yield Bad(i)
    log.append("done")


log = []
g = bads(log)
try:
    set(g)
except KeyError as e:
    print("KeyError", e, log)
print([b.v for b in g], log)

print("-- unhashable values: the error is the consumer's")
try:
    set(x for x in [1, [2], 3])
except TypeError as e:
    tb = e.__traceback__
    print("TypeError", e, tb.tb_lineno, tb.tb_next)

print("-- tracebacks through code the consumer runs")


class Raises:
    def __hash__(self):
        raise LookupError("no hash")


def producer():
    yield 1
    yield Raises()


def consumer():
    return len(set(producer()))


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


try:
    consumer()
except LookupError as e:
    print("LookupError", e, lines(e.__traceback__))
try:
    sorted(Raises() if i else 0 for i in range(2))
except TypeError as e:
    print("TypeError", e, lines(e.__traceback__))


print("-- exception state between values")


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool sees", sys.exc_info()[0])
        return self.v


def in_handler():
    try:
        raise ValueError("inside")
    except ValueError:
        yield Truth(True)
        print("  gen sees", sys.exc_info()[0])
        yield Truth(True)
    yield Truth(False)


print(all(in_handler()))
try:
    raise KeyError("outer")
except KeyError:
    print(all(in_handler()))
    print("  after", sys.exc_info()[0])


def plain():
    yield Truth(True)
    print("  plain gen sees", sys.exc_info()[0])
    yield Truth(True)


try:
    raise IndexError("outer")
except IndexError:
    print(all(plain()))

print("-- sends, returns and nesting")


def echo():
    got = []
    for i in range(3):
        x = yield i
        got.append(x)
    print("  echo got", got)
    return "ret"


print(list(echo()))
g = echo()
print(next(g), g.send("s"))
print(list(g))


def outer():
    yield from (x * 2 for x in range(3))
    yield sum(y for y in range(4))
    yield tuple(tuple(z for z in range(w)) for w in range(3))


print(list(outer()))
print(sorted((x % 3, x) for x in range(7)))
print("-".join(str(x) for x in range(5)))
print(max(x * (5 - x) for x in range(6)), min((x for x in []), default="empty"))

print("-- consuming a generator that is running")


def selfish():
    yield 1
    yield list(me)


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)
print(list(me))

print("-- deep recursion through consumers")


def depth(n):
    return 0 if n == 0 else 1 + sum(depth(n - 1) for _ in range(1))


print(depth(50))
try:
    depth(100000)
except RecursionError:
    print("RecursionError")

# Generators consumed by built-ins (tuple/list/set/sum/min/max/any/all/
# sorted/join/dict/next): exceptions, StopIteration inside, re-entrancy,
# exception state, recursion, close/throw, return values.
import sys


def section(name):
    print("--", name)


def boom_after(n, exc):
    for i in range(n):
        yield i
    raise exc


section("exceptions escaping during consumption")
for ctor in (tuple, list, set, frozenset, sum, min, max, sorted, any, all):
    try:
        ctor(boom_after(3, ValueError("bad %s" % ctor.__name__)))
    except ValueError as e:
        print(ctor.__name__, "ValueError", e)
try:
    "".join(str(i) if i < 2 else 1 / 0 for i in range(4))
except ZeroDivisionError as e:
    print("join", type(e).__name__, e)
try:
    dict((i, i) if i < 2 else None for i in range(4))
except TypeError as e:
    print("dict", type(e).__name__, e)


section("StopIteration raised inside")


def stopper():
    yield 1
    raise StopIteration("inner")


for ctor in (tuple, list, set, sum):
    try:
        ctor(stopper())
    except RuntimeError as e:
        print(ctor.__name__, type(e).__name__, e, "| cause:", repr(e.__cause__),
              "| suppress:", e.__suppress_context__)


def gexp_stop(it):
    return tuple(next(it) for _ in range(5))


try:
    gexp_stop(iter([1, 2]))
except RuntimeError as e:
    print("genexpr next()", e, repr(e.__cause__))

# A StopIteration escaping a genexpr is converted, even inside a for loop.
try:
    for x in (next(iter([])) for _ in range(2)):
        print("never")
except RuntimeError as e:
    print("for over genexpr:", e)


section("generator state seen from inside")


def self_aware():
    g = yield "first"
    print("  running inside:", g.gi_running)
    try:
        next(g)
    except ValueError as e:
        print("  re-entry:", e)
    try:
        tuple(g)
    except ValueError as e:
        print("  re-entry via tuple:", e)
    yield "second"


g = self_aware()
print(next(g))
print(g.send(g))
print(g.gi_running, list(g))
print(g.gi_frame is None)


def consumer_inside(it):
    # The generator consumes another generator with tuple() per item.
    for i in range(3):
        yield tuple(x * i for x in it)


print(list(consumer_inside([1, 2, 3])))


section("tracebacks")


def tblines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def deep(n):
    yield n
    if n:
        yield from deep(n - 1)
    else:
        raise LookupError("bottom")


try:
    sum(deep(3))
except LookupError as e:
    print(tblines(e))

try:
    tuple(1 // (2 - i) for i in range(4))
except ZeroDivisionError as e:
    print(tblines(e))


section("return values")


def returns(v):
    yield 1
    return v


g = returns("rv")
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(returns(5)), sum(returns(5)))
g = returns(7)
print(g.send(None))
try:
    g.send(3)
except StopIteration as e:
    print("send ->", e.value)


section("send / throw / close around consumption")


def echo():
    got = None
    while True:
        try:
            got = yield got
        except KeyError as e:
            got = "caught %s" % e
        if got == "stop":
            return "done"


g = echo()
print(next(g), g.send(1), g.throw(KeyError("x")), next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped", e.value)
try:
    echo().send(1)
except TypeError as e:
    print(e)

g = (i for i in range(10))
print(next(g), tuple(g), tuple(g))
g = (i for i in range(10))
print(next(g))
g.close()
print(list(g))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")


g = closer()
print(next(g))
g.close()
print(sum(closer()))


def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = refuses()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)


section("recursion limit")
sys.setrecursionlimit(120)


def nest(n):
    if n == 0:
        yield 0
    else:
        yield sum(nest(n - 1)) + 1


try:
    print(tuple(nest(50)))
    print(tuple(nest(500)))
except RecursionError as e:
    print("RecursionError", e)
print(tuple(nest(30)))
sys.setrecursionlimit(1000)


def rec_gen():
    yield from (x for x in [1, 2])
    yield len(list(rec_gen())) if False else 3


print(list(rec_gen()))


section("min/max/any/all/sorted/join/dict/enumerate on generators")
print(min(x * x - 4 * x for x in range(6)), max((x % 4 for x in range(9)), default=-1))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted((x * 7) % 5 for x in range(6)), "".join(c.upper() for c in "abc"))
print(dict((c, ord(c)) for c in "xy"), list(enumerate(x for x in "ab")))
print(frozenset(x // 2 for x in range(6)), set(x % 3 for x in range(10)))
print(tuple(x for x in ()), list(x for x in []), sum(x for x in []))


def partial():
    yield 1
    yield 2
    yield 3


g = partial()
print(any(x == 2 for x in g), list(g))


section("uncaught inside a consumed generator")
print(sorted(10 // (3 - x) for x in range(5)))

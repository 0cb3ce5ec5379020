# Generators and coroutines resumed by bytecode (for loops, yield from,
# await) run their frames inside the caller's interpreter loop; next(),
# send(), throw() and close() resume them from native code. Every loop here
# runs often enough for FOR_ITER and SEND to specialize, and mixes the two
# ways of resuming, with the edge cases of both.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


# --- plain for loops, return values, exhausted generators --------------------
total = 0
for _ in range(30):
    for x in count(10):
        total += x
print("sum", total)

g = count(3)
print("list", list(g), "again", list(g))
for x in g:
    print("never")
print("exhausted gi_frame", g.gi_frame, "running", g.gi_running)
try:
    next(g)
except StopIteration as e:
    print("next on exhausted:", repr(e.value))

# break out of the loop, then continue the same generator with next() and for
g = count(8)
for x in g:
    if x == 2:
        break
print("after break", next(g), g.send(None), list(g))


# --- exceptions raised inside a generator mid-loop -----------------------------
def fails_at(k):
    for i in range(10):
        if i == k:
            raise ValueError("bad %d" % i)
        yield i


for k in range(25):
    seen = []
    g = fails_at(k % 5)
    try:
        for x in g:
            seen.append(x)
    except ValueError as e:
        if k < 5:
            print("caught", e, seen, "tb", tb_lines(e), "frame", g.gi_frame)
    if k == 24:
        print("after error next:", next(g, "exhausted"))


def handles_inside():
    for i in range(6):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "handled %s" % e


for _ in range(3):
    print(list(x for x in handles_inside()))
print([x for x in handles_inside()])


# --- StopIteration inside a generator (PEP 479) ---------------------------------
def leaks_stop(n):
    yield 1
    if n:
        raise StopIteration("leaked")
    next(iter([]))


def delegate_leak(n):
    yield from leaks_stop(n)


for n in range(4):
    try:
        for x in (leaks_stop(n % 2) if n < 2 else delegate_leak(n % 2)):
            pass
    except RuntimeError as e:
        c = e.__cause__
        print(n, type(e).__name__, e, "| cause:", type(c).__name__, c,
              "| suppress:", e.__suppress_context__, "context is cause:", e.__context__ is c,
              "| tb", tb_lines(e), tb_lines(c))


# --- nested generators with yield from -----------------------------------------
def inner(tag):
    got = yield tag + ":a"
    got2 = yield tag + ":b %s" % got
    return tag + " ret %s %s" % (got, got2)


def middle(tag):
    r = yield from inner(tag)
    r2 = yield from inner(tag + "'")
    return [r, r2]


def outer():
    res = yield from middle("m")
    yield "outer got %s" % res


for round_ in range(3):
    out = []
    for v in outer():
        out.append(v)
    if round_ == 0:
        print(out)

g = outer()
print(g.send(None), "|", g.send(1), "|", g.send(2), "|", g.send(3), "|", g.send(4), "|", next(g, "end"))


class Tree:
    def __init__(self, lo, hi):
        mid = (lo + hi) // 2
        self.value = mid
        self.left = Tree(lo, mid) if lo < mid else None
        self.right = Tree(mid + 1, hi) if mid + 1 < hi else None

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


t = Tree(0, 200)
print("tree", sum(t), list(t) == list(range(200)), [x for x in t][:5])


def partially_consumed():
    g = count(6)
    next(g)
    next(g)
    r = yield from g
    yield "returned " + r


print(list(partially_consumed()))


# --- send() and next() mixed with a for loop over the same generator ----------
def echo():
    got = None
    for i in range(100):
        got = yield (i, got)


g = echo()
log = []
for pair in g:
    log.append(pair)
    if pair[0] % 3 == 0:
        log.append(g.send("sent%d" % pair[0]))
    if pair[0] % 5 == 0:
        log.append(next(g))
    if len(log) > 12:
        break
print(log)


# --- "generator already executing", a generator delegating to itself -----------
def self_next():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield "next: %s" % e
    try:
        for _ in me:
            pass
    except ValueError as e:
        yield "for: %s" % e
    try:
        yield from me
    except ValueError as e:
        yield "yield from: %s, running=%s" % (e, me.gi_running)


for _ in range(3):
    me = self_next()
    print([x for x in me], me.gi_running)


# --- the exception being handled, seen inside and outside generators ----------
def exc_gen():
    yield 0
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield 3


for _ in range(3):
    g = exc_gen()
    seen = []
    try:
        raise IndexError("caller")
    except IndexError:
        for v in g:
            seen.append((v if v in (0, 3) else v.__name__, sys.exc_info()[0].__name__))
    print(seen, sys.exc_info())


def raiser():
    yield 1
    raise ValueError("from gen")


for _ in range(3):
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            for x in raiser():
                pass
        except ValueError as e:
            print("context:", repr(e.__context__))


# --- closing a generator in the middle of a loop; finalizers -------------------
def with_finally(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", name)


for k in range(3):
    g = with_finally("close%d" % k)
    for x in g:
        if x == 1:
            g.close()
            print("closed; gi_frame", g.gi_frame)
    print("loop over closed generator ended at", x)

g = with_finally("del")
for x in g:
    if x == 2:
        break
del g
print("after del")


def closes_other(other):
    for x in other:
        yield x
        other.close()


print(list(closes_other(with_finally("other"))))


# --- throw() into a generator that is suspended in a yield from chain -----------
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "caught %s" % e
            return "catcher done"


def chain():
    r = yield from catcher()
    yield r


for _ in range(3):
    g = chain()
    vals = [next(g), next(g), g.throw(ValueError("t")), next(g)]
    vals.append(next(g, "end"))
    print(vals)


# --- recursion through generators ----------------------------------------------
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(50)))


def endless(n):
    yield from endless(n + 1)
    yield n


try:
    for x in endless(0):
        pass
except RecursionError as e:
    print("RecursionError")
for x in deep(20):
    print("still fine:", x)


# --- await chains ----------------------------------------------------------------
class Ping:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("ping", self.v)
        return got


async def leaf(n):
    if n < 0:
        raise ValueError("negative %d" % n)
    return n * 2


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def talks(n):
    a = await Ping(n)
    b = await leaf(n)
    c = await Ping(b)
    return (a, b, c)


async def top():
    r = [await fib(12)]
    r.append(await talks(3))
    try:
        await leaf(-1)
    except ValueError as e:
        r.append(("caught", str(e), tb_lines(e)))
    return r


def run(coro, replies=()):
    replies = list(replies)
    sent = None
    out = []
    while True:
        try:
            out.append(coro.send(sent))
        except StopIteration as e:
            return e.value, out
        sent = replies.pop(0) if replies else None


for _ in range(3):
    res = run(top(), ["r1", "r2"])
print(res)

c = leaf(4)
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("reuse:", e)


async def awaits_twice():
    c = leaf(1)
    x = await c
    try:
        await c
    except RuntimeError as e:
        return x, str(e)


print(run(awaits_twice()))


async def coro_leaks_stop():
    await leaf(1)
    raise StopIteration("coro")


async def awaits_leak():
    try:
        await coro_leaks_stop()
    except RuntimeError as e:
        return str(e), repr(e.__cause__)


print(run(awaits_leak()))


async def agen(n):
    for i in range(n):
        yield await leaf(i)


async def uses_agen():
    out = []
    async for v in agen(5):
        out.append(await leaf(v))
    return out


for _ in range(3):
    res = run(uses_agen())
print(res)


async def suspended():
    try:
        await Ping("s")
    except KeyError as e:
        return "thrown %r" % e


c = suspended()
print(c.send(None), c.cr_await is not None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


# --- calling generator functions: defaults, rebinding, mixed sites -----------
def gen_defaults(a, b=10, c=100):
    yield a + b + c


def plain(a, b=10, c=100):
    return [a - b - c]


async def coro_default(x, y=5):
    return x * y


totals = []
for i in range(60):
    if i == 20:
        gen_defaults.__defaults__ = (1, 2)
    if i == 40:
        gen_defaults.__code__ = plain.__code__
    totals.append(sum(gen_defaults(i)))
    totals.append(sum(gen_defaults(i, 1)))
print(totals[::7])
site = []
for i in range(60):
    fn = gen_defaults if i % 3 else (lambda a: iter([a, a]))
    site.extend(fn(i))
print(len(site), site[-4:])
print([run(coro_default(i))[0] for i in range(6)], run(coro_default(2, y=7)))


class Holder:
    def items(self, n):
        for i in range(n):
            yield i * 10


h = Holder()
meth = h.items
print([list(h.items(3)) for _ in range(3)], [list(meth(2)) for _ in range(3)])
try:
    for _ in range(3):
        gen_defaults()
except TypeError as e:
    print("TypeError:", e)


# --- an uncaught exception through generators ------------------------------------
def level2():
    yield 1
    raise LookupError("through generators")


def level1():
    yield from level2()


for x in level1():
    pass

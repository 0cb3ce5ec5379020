import types

def run(coro):
    """Drive a coroutine to completion without an event loop."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

print(run(add(2, 3)), run(fib(15)))

class Suspend:
    """An awaitable that suspends once, handing `tag` to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return (self.tag, got)

async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]

c = worker()
print(type(c).__name__, c.__class__.__name__)
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a coroutine suspended in an await
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return "caught " + repr(e)
g = guarded()
print(g.send(None))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close
async def with_finally():
    try:
        await Suspend(1)
    finally:
        print("cleanup")
w = with_finally()
w.send(None)
w.close()

# async context managers
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is ValueError

async def use_cms():
    async with ACM("a") as x, ACM("b") as y:
        print("inside", x, y)
    async with ACM("c"):
        raise ValueError("suppressed")
    try:
        async with ACM("d"):
            raise KeyError("propagates")
    except KeyError as e:
        print("got", repr(e))
    for i in range(3):
        async with ACM(str(i)):
            if i == 1:
                break
    return "ok"
print(run(use_cms()))

# async iterators and generators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend("tick")
        return self.n

async def agen(n):
    for i in range(n):
        await Suspend(("agen", i))
        yield i * i
    print("agen done")

async def consume():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in agen(4):
        if v > 4:
            break
        out.append(v)
    out.append([x async for x in agen(3)])
    out.append({x: x + 1 async for x in Countdown(2)})
    out.append([await add(x, 1) for x in range(3)])
    ag = (x * 2 async for x in agen(2))
    out.append(type(ag).__name__)
    out.append([y async for y in ag])
    return out

def drive(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(yielded)

print(drive(consume()))

# async generator protocol by hand
async def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker finally")

t = ticker()
print(type(t).__name__)
a = t.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("anext ->", e.value)
try:
    t.asend(None).send(None)
except StopIteration as e:
    print("asend ->", e.value)
try:
    t.aclose().send(None)
except StopIteration:
    print("closed")
try:
    t.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration after close")

async def thrower():
    try:
        yield 1
    except ValueError:
        yield "handled"
t2 = thrower()
try:
    t2.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    t2.athrow(ValueError).send(None)
except StopIteration as e:
    print("athrow ->", e.value)

# errors
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with ACM:
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError:", e)
co = add(1, 2)
try:
    co.send(1)
except TypeError as e:
    print("TypeError:", e)
co.close()
async def stop_inside():
    yield 1
    raise StopAsyncIteration
async def consume_stop():
    return [x async for x in stop_inside()]
try:
    run(consume_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(add(1, 2))[:22], repr(ticker())[:31])
for src in ["await x\n", "def f():\n  await x\n", "async def f():\n  yield from x\n",
            "async def f():\n  yield 1\n  return 2\n", "def f():\n  async for x in y: pass\n",
            "def f():\n  async with x: pass\n", "def f():\n  return [x async for x in y]\n",
            "def f():\n  [[x async for x in y] for z in w]\n"]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

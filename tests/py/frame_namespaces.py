# A function's frame reads its function's globals and builtins. These
# programs drop every other reference to those namespaces while the
# function runs, and mix in frames that own theirs (class bodies, exec).
import gc


def make(src, name):
    g = {"__builtins__": __builtins__}
    exec(src, g)
    return g[name]


f = make(
    "def f(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i * K\n"
    "    return total, sorted(k for k in globals() if not k.startswith('__'))\n"
    "K = 3\n",
    "f",
)
print(f(1000))
print(f(10))


# The function removes itself from its module while it runs.
def selfdel(n):
    global selfdel
    del selfdel
    gc.collect()
    s = 0
    for i in range(n):
        s += len(str(i))
    return s, "selfdel" in globals()


print(selfdel(500))


# A generator of such a function outlives the call that made it, and is
# collected with the namespace in a cycle.
g = make(
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * SCALE\n"
    "SCALE = 7\n",
    "gen",
)
it = g(5)
print(next(it), next(it))
del g
gc.collect()
print(list(it))
it2 = make("def gen():\n    yield len(globals())\n    yield 2\n", "gen")()
print(next(it2))
del it2
print(gc.collect() >= 0)


# Class bodies and exec own their namespaces; methods they define borrow.
class C:
    scale = 2

    def m(self, xs):
        return [x * self.scale for x in xs]

    exec("def e(self):\n    return 'e' + str(len(__name__))")


print(C().m(range(4)), C().e())
ns = {}
exec("def h(a, b=2):\n    return a * b + Z\nZ = 1", ns)
h = ns.pop("h")
ns.clear()
try:
    h(3)
except NameError as e:
    print("NameError:", e)
ns["Z"] = 10
print(h(3))


# Builtins rebound through a function's own builtins dict mid-loop.
b = make(
    "def use(n):\n"
    "    out = []\n"
    "    for i in range(n):\n"
    "        out.append(len('ab'))\n"
    "        if i == 2:\n"
    "            __builtins__['len'] = lambda s: 99\n"
    "    return out\n",
    "use",
)
import builtins

saved = builtins.len
try:
    b.__globals__["__builtins__"] = dict(vars(builtins))
    print(b(5))
finally:
    builtins.len = saved


# Deep recursion releases and reuses frames many times.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(300), depth(50))

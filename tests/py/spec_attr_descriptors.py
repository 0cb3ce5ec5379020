# Specialized loads and stores around descriptors: properties (getters and
# setters), __slots__ members, user descriptors, and their deoptimization.


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v + 0.5


def property_loop(n):
    t = Temp(0)
    total = 0.0
    for i in range(n):
        t.c = i
        total += t.f + t.c
    return total


print("property loop", property_loop(300))


def property_replaced(n):
    class Q:
        def __init__(self):
            self.raw = 2

        @property
        def v(self):
            return self.raw

    q = Q()
    total = 0
    for i in range(n):
        total += q.v
        if i == 100:
            Q.v = property(lambda self: self.raw * 100)
        if i == 200:
            Q.v = 5  # a plain class attribute now
        if i == 250:
            q.v = 7  # and the instance shadows it
    return total


print("property replaced", property_replaced(300))


def property_raises(n):
    class R:
        @property
        def bad(self):
            raise AttributeError("no bad")

    class RG(R):
        def __getattr__(self, name):
            return "fallback " + name

    out = []
    for i in range(n):
        o = R() if i % 3 else RG()
        try:
            out.append(o.bad)
        except AttributeError as e:
            out.append(str(e))
    return out[:4], len(out)


print("property raises", property_raises(300))


def property_recursion(n):
    class Node:
        def __init__(self, parent):
            self.parent = parent

        @property
        def depth(self):
            return 0 if self.parent is None else self.parent.depth + 1

    node = None
    for i in range(n):
        node = Node(node)
    return node.depth


print("property recursion", property_recursion(200))


def property_generator(n):
    class Gen:
        @property
        def items(self):
            yield 1
            yield 2

    g = Gen()
    total = 0
    for i in range(n):
        total += sum(g.items)
    return total


print("property generator", property_generator(200))


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def slots_loop(n):
    v = Vec(1, 2)
    total = 0
    for i in range(n):
        v.x = i
        total += v.x * v.y
        if i == 150:
            del v.y
            try:
                total += v.y
            except AttributeError as e:
                print("caught", e)
            v.y = 3
    return total


print("slots loop", slots_loop(300))


class VecChild(Vec):
    __slots__ = ("z",)

    def __init__(self):
        Vec.__init__(self, 1, 2)
        self.z = 3


def slots_inherited(n):
    objs = [Vec(5, 6), VecChild()]
    total = 0
    for i in range(n):
        o = objs[i % 2]
        o.x = i
        total += o.x + o.y
    return total


print("slots inherited", slots_inherited(300))


def slots_errors():
    v = Vec(1, 2)
    for i in range(200):
        try:
            v.z = 1
        except AttributeError as e:
            err = str(e)
    return err


print("slots errors", slots_errors())


class Loud:
    """A non-data descriptor (only __get__)."""

    def __get__(self, obj, owner):
        return "got"


class Plain:
    """Instances are stored as class attributes; __get__ is added later."""


def descriptor_class_changes(n):
    class H:
        loud = Loud()
        plain = Plain()

        def __init__(self):
            self.v = 1

    h = H()
    seen = []
    for i in range(n):
        r = (h.loud, h.plain is H.__dict__["plain"], h.v)
        if not seen or seen[-1] != r:
            seen.append(r)
        if i == 100:
            Plain.__get__ = lambda self, obj, owner: "plain got"
        if i == 150:
            del Plain.__get__
        if i == 200:
            H.v = Plain()
            Plain.__set__ = lambda self, obj, value: None
            Plain.__get__ = lambda self, obj, owner: "data descr wins"
    return seen


print("descriptor class changes", descriptor_class_changes(300))


def data_descriptor_added(n):
    class Store:
        def __init__(self):
            self.a = 0

    s = Store()
    log = []

    class Guard:
        def __set__(self, obj, value):
            log.append(value)

        def __get__(self, obj, owner):
            return -1

    total = 0
    for i in range(n):
        s.a = i
        total += s.a
        if i == 100:
            Store.a = Guard()
        if i == 200:
            del Store.a
    return total, len(log)


print("data descriptor added", data_descriptor_added(300))


def class_attr_is_instance(n):
    class Color:
        pass

    Color.RED = Color()
    Color.RED.name = "red"
    total = 0
    for i in range(n):
        r = Color.RED
        total += 1 if r == "descriptor now" else len(r.name)
        if i == 100:
            Color.__get__ = lambda self, obj, owner: "descriptor now"
        if i == 200:
            del Color.__get__
    return total


print("class attr is instance", class_attr_is_instance(300))


def enum_members(n):
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2

    total = 0
    for i in range(n):
        total += Color.RED.value + Color.GREEN.value
    return total, Color.RED


print("enum members", enum_members(300))


def namespace_writes(n):
    class N:
        v = 1

    def reads():
        total = 0
        for i in range(n):
            total += N.v + N().v
        return total

    print("namespace before", reads())
    attempts = [
        ("setitem", lambda: dict.__setitem__(N.__dict__, "v", 2)),
        ("update", lambda: dict.update(N.__dict__, v=3)),
        ("clear", lambda: dict.clear(N.__dict__)),
        ("pop", lambda: dict.pop(N.__dict__, "v")),
        ("proxy setitem", lambda: N.__dict__.__setitem__("v", 4)),
    ]
    for name, fn in attempts:
        try:
            fn()
            print(name, "wrote")
        except (TypeError, AttributeError) as e:
            print(name, type(e).__name__, e)
    print("namespace after", reads(), sorted(k for k in vars(N) if not k.startswith("__")))


namespace_writes(200)


def annotations_created(n):
    class Ann:
        pass

    first = Ann.__annotations__
    same = 0
    for i in range(n):
        same += Ann.__annotations__ is first
    return same


print("annotations created", annotations_created(200))

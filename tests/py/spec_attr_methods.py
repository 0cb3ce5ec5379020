# Specialized method loads (LOAD_METHOD_WITH_VALUES / _NO_DICT / _MODULE /
# _CLASS) and their deoptimization by monkey-patching.
import math


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total += k
        return self.total


def patch_class_method(n):
    a = Acc()
    for i in range(n):
        a.add(i)
        if i == 100:
            Acc.add = lambda self, k: setattr(self, "total", self.total - k)
        if i == 200:
            def add3(self, k):
                self.total += 3 * k
            Acc.add = add3
    return a.total


print("patch class method", patch_class_method(300))


class Acc2:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total += k


def patch_instance_method(n):
    a = Acc2()
    b = Acc2()
    for i in range(n):
        for o in (a, b):
            o.add(i)
        if i == 100:
            a.add = lambda k: setattr(a, "total", a.total + 1000)
        if i == 200:
            del a.add
    return a.total, b.total


print("patch instance method", patch_instance_method(300))


class CallableObj:
    def __init__(self):
        self.calls = 0

    def __call__(self, this, k):
        self.calls += 1
        this.total -= k


def method_becomes_callable(n):
    class M:
        def __init__(self):
            self.total = 0

        def add(self, k):
            self.total += k

    m = M()
    c = CallableObj()
    for i in range(n):
        m.add(i)
        if i == 120:
            M.add = staticmethod(lambda k: None)
        if i == 180:
            M.add = classmethod(lambda cls, k: None)
        if i == 240:
            M.add = lambda self, k: c(self, k)
    return m.total, c.calls


print("method becomes callable", method_becomes_callable(300))


def builtin_methods(n):
    lst = []
    s = "a-b-c"
    d = {}
    words = 0
    for i in range(n):
        lst.append(i)
        words += len(s.split("-"))
        d.setdefault(i % 5, []).append(i)
        if i % 50 == 0:
            lst.pop()
    return len(lst), words, sorted(d)[:3], d[4][:3]


print("builtin methods", builtin_methods(300))


class MyList(list):
    def append(self, v):
        list.append(self, v * 2)


def builtin_subclass(n):
    objs = [[], MyList()]
    for i in range(n):
        objs[i % 2].append(i)
    return sum(objs[0]), sum(objs[1])


print("builtin subclass", builtin_subclass(300))


def module_methods(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) + math.floor(1.5)
    return round(total, 6)


print("module methods", module_methods(300))


class Tools:
    factor = 3

    def twice(x):
        return 2 * x

    @staticmethod
    def thrice(x):
        return 3 * x

    @classmethod
    def make(cls, x):
        return cls.factor * x


def class_methods(n):
    total = 0
    for i in range(n):
        total += Tools.twice(i) + Tools.thrice(i) + Tools.make(i) + Tools.factor
        if i == 100:
            Tools.twice = lambda x: 0
        if i == 200:
            Tools.factor = 100
    return total


print("class methods", class_methods(300))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    value = 1

    def f(x):
        return x + 1


def metaclass_changes(n):
    total = 0
    for i in range(n):
        total += WithMeta.value + WithMeta.f(i)
        if i == 100:
            Meta.value = property(lambda cls: 1000)
        if i == 200:
            del Meta.value
    return total


print("metaclass changes", metaclass_changes(300))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

    def get(self):
        return self.a + self.b


class SlottedChild(Slotted):
    def a(self):
        return "method"


def slots_methods(n):
    s = Slotted()
    total = 0
    for i in range(n):
        total += s.get()
        s.a = i
    return total


print("slots methods", slots_methods(300))


def many_receivers(n):
    classes = []
    for j in range(10):
        classes.append(type("R%d" % j, (), {"f": (lambda j: lambda self: j)(j)}))
    objs = [c() for c in classes]
    total = 0
    for i in range(n):
        total += objs[i % 10].f()
        if i == 500:
            classes[3].f = lambda self: 1000
    return total


print("many receivers", many_receivers(1000))


def method_on_none_and_ints(n):
    total = 0
    for i in range(n):
        total += (i).bit_length() + (1.5).is_integer() + (True).bit_length()
    return total


print("method on ints", method_on_none_and_ints(300))


class Shadow:
    def __init__(self):
        self.v = 1

    def f(self):
        return "method"


def shadow_by_instance(n):
    s = Shadow()
    seen = []
    for i in range(n):
        r = s.f()
        if not seen or seen[-1] != r:
            seen.append(r)
        if i == 100:
            s.f = lambda: "instance attr"
        if i == 200:
            vars(s)["f"] = lambda: "via dict"
        if i == 250:
            del s.f
    return seen


print("shadow by instance", shadow_by_instance(300))


class Cfg:
    a = "a"
    b = "b"

    def ma(self):
        return "ma"

    def mb(self):
        return "mb"


def read_ab(n):
    c = Cfg()
    seen = set()
    for i in range(n):
        seen.add((Cfg.a, Cfg.b, c.ma(), c.mb(), c.a, c.b))
    return sorted(seen)


def read_ba(n):
    c = Cfg()
    seen = set()
    for i in range(n):
        seen.add((c.b, c.a, c.mb(), c.ma(), Cfg.b, Cfg.a))
    return sorted(seen)


# Specialized sites of read_ab keep what they cached; the class changes in
# between (so they must deoptimize) and read_ba specializes its sites in
# another order before read_ab runs again.
print("cached sites", read_ab(200))
Cfg.extra = 0
print("cached sites", read_ba(200))
print("cached sites", read_ab(200))
Cfg.a = "A"
print("cached sites", read_ba(200))
print("cached sites", read_ab(200))

# Specialized attribute loads and stores on instances (slot values, class
# attributes read through instances) and their deoptimization.


class P:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


def instance_values(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        p.x = i
        total += p.x + p.y
    return total


print("instance values", instance_values(300))


def delete_mid_loop(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        try:
            total += p.y
        except AttributeError as e:
            print("caught", e)
            p.y = 5
        if i == 150:
            del p.y
    return total


print("delete mid loop", delete_mid_loop(300))


def class_attr_changes(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        total += p.scale
        if i == 100:
            P.scale = 10
        if i == 200:
            p.scale = 1000  # the instance shadows the class attribute
        if i == 250:
            del p.scale
        if i == 300:
            type(p).scale = 3
    return total


print("class attr changes", class_attr_changes(400))


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Derived(Base):
    pass


def inheritance(n):
    d = Derived()
    seen = []
    for i in range(n):
        k = d.kind
        w = d.who()
        if not seen or seen[-1] != (k, w):
            seen.append((k, w))
        if i == 100:
            Derived.kind = "derived"
        if i == 150:
            Derived.who = lambda self: "Derived.who"
        if i == 200:
            Base.kind = "base2"  # hidden by Derived.kind
        if i == 250:
            del Derived.kind
        if i == 300:
            del Derived.who
    return seen


print("inheritance", inheritance(400))


class A:
    def __init__(self):
        self.v = "a"

    def name(self):
        return "A"


class B:
    def __init__(self):
        self.w = 0
        self.v = "b"

    def name(self):
        return "B"


def polymorphic(n):
    objs = [A(), B()]
    out = []
    for i in range(n):
        o = objs[(i // 7) % 2]
        out.append(o.v + o.name())
    return "".join(out[:20]), len(out), out.count("aA"), out.count("bB")


print("polymorphic", polymorphic(300))


def make_classes(k):
    classes = []
    for j in range(k):
        def __init__(self, j=j):
            self.tag = j
            for m in range(j % 4):
                setattr(self, "f%d" % m, m)
        classes.append(type("C%d" % j, (), {"__init__": __init__, "cls_const": j * 10}))
    return classes


def megamorphic(n):
    objs = [c() for c in make_classes(12)]
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.tag + o.cls_const
    return total


print("megamorphic", megamorphic(600))


class Other:
    def __init__(self):
        self.x = "other-x"
        self.y = "other-y"

    scale = "other-scale"


def class_assignment(n):
    p = P(1, 2)
    out = []
    for i in range(n):
        out.append((p.x, p.scale))
        if i == 120:
            p.__class__ = Other
        if i == 121:
            p.x = "new-x"
        if i == 200:
            p.__class__ = P
    return out[0], out[125], out[-1], len(set(out))


print("class assignment", class_assignment(300))


def getattr_added(n):
    class G:
        def __init__(self):
            self.a = 1

    g = G()
    total = 0
    for i in range(n):
        total += g.a
        try:
            total += g.missing
        except AttributeError:
            total += 1000
        if i == 100:
            G.__getattr__ = lambda self, name: 7
        if i == 200:
            G.__getattribute__ = lambda self, name: 3
        if i == 300:
            del G.__getattribute__
    return total


print("getattr added", getattr_added(400))


def dict_materialized(n):
    p = P(3, 4)
    total = 0
    for i in range(n):
        total += p.x + p.scale
        if i == 100:
            vars(p)["x"] = 30
        if i == 200:
            p.__dict__ = {"x": 300, "y": 0}
    return total


print("dict materialized", dict_materialized(300))


class WithEq:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        # Patch the class whose method the loop calls, during a dict lookup.
        Counter.bump = Counter.bump_twice
        return True


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1

    def bump_twice(self):
        self.n += 2


def eq_patches_class(n):
    c = Counter()
    d = {"k": 1}
    for i in range(n):
        c.bump()
        if i == 150:
            d[WithEq(c)] = 2
    return c.n, d


print("eq patches class", eq_patches_class(300))


def setattr_hook_added(n):
    class S:
        def __init__(self):
            self.v = 0

    s = S()
    log = []
    for i in range(n):
        s.v = i
        if i == 100:
            def hook(self, name, value):
                log.append((name, value))
                object.__setattr__(self, name, -value)
            S.__setattr__ = hook
        if i == 200:
            del S.__setattr__
    return s.v, len(log), log[:2]


print("setattr hook added", setattr_hook_added(300))


class Exc(Exception):
    pass


def exception_attrs(n):
    e = Exc("msg")
    e.extra = 1
    total = 0
    for i in range(n):
        total += len(e.args) + e.extra
        e.extra = i
    return total, e.args


print("exception attrs", exception_attrs(200))


def int_subclass(n):
    class I(int):
        unit = 5

    v = I(7)
    v.tag = 2
    total = 0
    for i in range(n):
        total += v + v.tag + v.unit + v.real
    return total


print("int subclass", int_subclass(200))

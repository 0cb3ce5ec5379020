# A method or class attribute loaded through instances in a hot loop is
# shadowed by an instance attribute of the same name set later (the
# first instance ever to have that attribute), in the loop, in a call,
# or through setattr: the instance's own attribute wins from then on.


class P:
    LIMIT = 10

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def scaled(self):
        return self.v * self.LIMIT


def run(objs, n, shadow_at, how):
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        if i == shadow_at:
            how(o)
        total += o.get() + o.scaled()
    return total


def by_store(o):
    o.get = lambda: 1000


def by_setattr(o):
    setattr(o, "LIMIT", 0)


def by_dict(o):
    o.__dict__["get"] = lambda: 7


objs = [P(k) for k in range(4)]
print(run(objs, 3000, -1, by_store))
print(run(objs, 3000, 1500, by_store))
objs = [P(k) for k in range(4)]
print(run(objs, 3000, 1500, by_setattr))
objs = [P(k) for k in range(4)]
print(run(objs, 3000, 1501, by_dict))


class Q:
    def val(self):
        return 1

    def twice(self):
        return self.val() * 2


def shadowed_in_trace(n):
    qs = [Q() for _ in range(8)]
    out = 0
    for i in range(n):
        q = qs[i % 8]
        out += q.twice()
        if i > n // 2:
            q.val = int
    return out


print(shadowed_in_trace(4000))


class WithSlots:
    __slots__ = ("a", "__dict__")

    def m(self):
        return "class"


def slots_and_dict(n):
    ws = [WithSlots() for _ in range(3)]
    seen = []
    for i in range(n):
        w = ws[i % 3]
        if i == n // 2:
            w.m = lambda: "instance"
        seen.append(w.m())
    return seen[0], seen[n // 2], seen[n // 2 + 3], seen[-1]


print(slots_and_dict(3000))

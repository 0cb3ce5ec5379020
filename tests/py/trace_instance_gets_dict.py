# Instances of a class keep their attributes in slots until one of them
# gets a __dict__ (vars(), obj.__dict__, assigning __dict__ or __class__,
# too many attribute names). Loops that load methods and attributes of
# such instances must see the dict, and what it shadows, from then on,
# also when the dict is made in the middle of the loop or by code the
# loop calls.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, d):
        self.x += d
        return self


def make_dict(p, how):
    if how == "vars":
        vars(p)["norm1"] = lambda: -1
    elif how == "getattr":
        p.__dict__["norm1"] = lambda: -2
    elif how == "assign":
        p.__dict__ = {"x": 100, "y": 200, "norm1": lambda: -3}


def run(how):
    pts = [Point(i, -i) for i in range(8)]
    total = 0
    for step in range(400):
        p = pts[step % 8]
        if step == 250:
            make_dict(p, how)
        total += p.norm1() + p.x
        p.shift(1)
    print(how, total, [q.x for q in pts], sorted(vars(pts[2])))


for how in ("vars", "getattr", "assign"):
    run(how)


# The dict made by the method the loop calls, on the instance it runs on.
class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        if self.n == 300:
            self.__dict__["tick"] = lambda: "shadowed"
        return self.n


c = Counter()
seen = []
for i in range(500):
    r = c.tick()
    if not isinstance(r, int) or i % 100 == 0:
        seen.append(r)
print(len(seen), seen[:6], seen[-1], c.n)


# An instance with a dict moving to another class (which had none).
class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 10


objs = [B(i) for i in range(6)]
out = 0
for step in range(600):
    o = objs[step % 6]
    if step == 333:
        a = A(7)
        a.__dict__["get"] = lambda: 1000
        a.__class__ = B
        objs[0] = a
    out += o.get()
print(out, type(objs[0]).__name__, objs[0].get())


# More attribute names than instances keep in slots: the instances that
# get them move to dicts one by one.
class Bag:
    def __init__(self):
        self.a = 1

    def val(self):
        return self.a


bags = [Bag() for _ in range(4)]
acc = 0
for step in range(700):
    b = bags[step % 4]
    if step >= 300 and step % 3 == 0:
        setattr(b, "name%d" % step, step)
    if step == 650:
        b.__dict__["val"] = lambda: 50
    acc += b.val() + len(vars(b)) * (step > 600)
print(acc, sorted(len(vars(b)) for b in bags))

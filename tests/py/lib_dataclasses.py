# dataclasses: generated __init__/__repr__/__eq__, defaults and factories, order, frozen, inheritance, asdict/astuple/replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); q = Point(1, 0)
print(p, p == q, p != Point(2), [f.name for f in fields(p)], asdict(p), astuple(p))
p.tags.append("a"); print(p, q.tags)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self): return replace(self, minor=self.minor + 1)
vs = sorted([Version(2, 1), Version(1, 5), Version(2, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)), Version(3).bump())
try:
    vs[0].major = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = 0.0
    def __post_init__(self):
        self.total = self.qty * self.price
i = Inv("widget", 3, 2.5); print(i, i.total)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, [], 3), Child(5))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Point.__eq__ is not object.__eq__, Point.__hash__)

# Annotated assignments at module, class and function level.
x: int = 5
y: list[int] = [1, 2]
z: "forward ref"
print(x, y)
print(__annotations__)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
class Point:
    x: int = 0
    y: int = 0
    label: str
    def __init__(self, x, y):
        self.x: int = x
        self.y = y
p = Point(3, 4)
print(p.x, p.y, Point.x)
print(Point.__annotations__)
print(hasattr(Point, "label"))
def f():
    a: int = 1
    b: str
    a += 1
    return a
print(f())
def g(a: int, b: "str" = "d", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(g.__annotations__)
d = {}
d["k"]: int = 9
print(d)
class Holder: pass
h = Holder()
h.attr: float = 2.5
print(h.attr)
count: int = 0
for i in range(5):
    count += i
print(count)

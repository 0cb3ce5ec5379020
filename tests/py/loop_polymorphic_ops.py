# One binary-operator site fed many operand types in a hot loop.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __repr__(self):
        return f"Num({self.v})"
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
pairs = [(1, 2), (1.5, 2), (2, 1.5), ("a", "b"), ([1], [2]), ((1,), (2,)), (Num(1), Num(2)), (Num(1), 5),
         (5, Num(1)), (True, True), (2 ** 70, 1), (-1, 2 ** 70), (1.5, True)]
results = []
for i in range(len(pairs) * 300):
    a, b = pairs[i % len(pairs)]
    r = add(a, b)
    if i < len(pairs):
        results.append(r)
print(results)
m = []
for i in range(len(pairs) * 100):
    a, b = pairs[i % len(pairs)]
    try:
        r = mul(a, b)
    except TypeError as e:
        r = "TypeError"
    if i < len(pairs):
        m.append(r)
print(m)
def sub_loop(values):
    acc = []
    for i in range(len(values) - 1):
        acc.append(values[i] - values[i + 1])
    return acc
print(sub_loop([10, 3, 2.5, 1, 2 ** 65, -3, True, 0.25]))
def cmp_loop(vals):
    out = []
    for i in range(len(vals)):
        for j in range(len(vals)):
            try:
                out.append("<" if vals[i] < vals[j] else "=" if vals[i] == vals[j] else ">")
            except TypeError:
                out.append("x")
    return "".join(out)
print(cmp_loop([1, 2.5, "a", (1,), True, None, 2 ** 64]))
def subscript_loop(containers):
    out = []
    for i in range(600):
        c = containers[i % len(containers)]
        out.append(c[1])
    return out[:len(containers)], len(out)
print(subscript_loop([[1, 2], (3, 4), "xy", {1: "one"}, range(5, 10), b"ab"]))
def iadd_loop():
    vals = [0, 0.0, "", [], ()]
    adds = [1, 0.5, "s", [1], (1,)]
    for i in range(500):
        k = i % 5
        vals[k] += adds[k]
    return [len(v) if not isinstance(v, (int, float)) else v for v in vals]
print(iadd_loop())

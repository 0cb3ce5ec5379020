# Chained assignment: all targets get the same object, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
order = []
class Rec:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        order.append((self.name, k, v))
r1, r2 = Rec("r1"), Rec("r2")
r1["a"] = r2["b"] = 99
print(order)
p = q = (1, 2)
print(p, q)
m, n = o = (3, 4)
print(m, n, o)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
class O: pass
obj = O()
obj.a = obj.b = "shared"
print(obj.a, obj.b, obj.a is obj.b)
d = {}
d["x"] = d["y"] = d
print(sorted(d.keys()), d["x"] is d)
s = t = "abc"
s += "d"
print(s, t)
u = v = [1]
u += [2]
print(u, v)
k = j = 10
k += 1
print(k, j)
for w in range(3):
    e = f = w * 2
    print("loop", e, f)
big = small = 2 ** 70
print(big == small, big)

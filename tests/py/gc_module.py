# gc: collect, enable, disable, isenabled; collected cycles do not crash anything.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
for i in range(1000):
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
del a, b
n = gc.collect()
print("collect returned an int:", isinstance(n, int), n >= 0)
gc.enable()
print(gc.isenabled())
lst = []
lst.append(lst)
del lst
print(type(gc.collect()).__name__)
print(gc.collect() >= 0)
d = {}
d["self"] = d
del d
gc.collect()
class WithDel:
    count = 0
    def __del__(self):
        WithDel.count += 1
for i in range(50):
    x = WithDel()
    x.me = x
del x
gc.collect()
print("finalizers ran for cycles:", WithDel.count == 50)
y = WithDel()
del y
gc.collect()
print("non-cyclic object finalized too:", WithDel.count == 51)
gc.disable()
gc.enable()
print(gc.isenabled(), callable(gc.collect))

# id(): compare ids only (never print them).
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(type(id(a)).__name__, id(a) == id(a))
x = None
print(id(x) == id(None), id(True) == id(True), id(...) == id(Ellipsis))
class K:
    pass
k1, k2 = K(), K()
print(id(k1) != id(k2), id(k1) == id(k1))
def f():
    pass
print(id(f) == id(f), id(K) == id(type(k1)))
lst = [k1, k2]
print([id(o) for o in lst] == [id(k1), id(k2)])
s = set()
objs = [K() for _ in range(10)]
for o in objs:
    s.add(id(o))
print(len(s))
print(id(a) == id(a[:]) , id(a) == id(list(a)))


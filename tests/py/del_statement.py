# del of names, attributes, subscripts, slices, and errors.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    cls_attr = 1
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    lst2 = [1]
    del lst2[5]
except IndexError as e:
    print("IndexError:", e)
class Logger:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
lg = Logger()
del lg[3], lg["k"], lg[1:2]
del lg.whatever
for i in range(3):
    pass
del i
print("i" in dir())
g = 10
def del_global():
    global g
    del g
del_global()
print("g" in globals())

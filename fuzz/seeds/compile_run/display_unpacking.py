# List/tuple/dict/set displays with * and ** unpacking.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, *"xy"])
print((*a,), [*range(3), *range(3)], {*"abc"} == set("abc"))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({**{}, **{}}, [*[], *()], (*(),))
print([*"hello"], [*{"k": 1, "j": 2}], [*{3, 1, 2}])
print(dict(**d1, z=3))
print({1: "a", True: "b", 1.0: "c"})
print({"a": 1, "a": 2}, {1, 1.0, True}, [1, 1.0, True])
def g():
    yield 1
    yield 2
print([*g(), *g()], {*g()})
print({**dict.fromkeys("ab", 0), "c": 1})
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
nested = [[*a], (*b, [*a])]
print(nested)
print([], (), {}, set(), [[]], ((),), {():()})
print((1,), (1), [1,], {1,}, {1: 2,})
order = []
def o(x):
    order.append(x)
    return x
[o(1), *[o(2), o(3)], o(4)]
{o("k1"): o("v1"), **{o("k2"): o("v2")}}
print(order)
print(len([*range(1000)]), sum({*range(100)}))

# Unpacking: tuples nothing else holds give their items up, shared tuples
# and lists are copied from, starred targets read exact tuples and lists in
# place and iterate anything else.

def pair(i):
    return (i, [i])

def triple(i):
    return [i, i + 1, i + 2]

shared = (1, [2], "three")
out = []
for i in range(100):
    a, b = pair(i)
    b.append(a)
    x, y, z = shared
    p, q, r = triple(i)
    out.append((a, b, x, y is shared[1], z, p + q + r))
print(out[:2], out[-1], shared)

def star(seq):
    first, *mid, last = seq
    return first, mid, last

def star2(seq):
    *init, a, b = seq
    return init, a, b

class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([-1, -2, -3])

class T(tuple):
    pass

def gen(n):
    yield from range(n)

makers = [lambda: (1, 2, 3, 4), lambda: [1, 2, 3, 4], lambda: (1, 2), lambda: [1, 2],
          lambda: L([7, 8, 9]), lambda: T((5, 6, 7)), lambda: gen(5), lambda: "abc",
          lambda: range(6), lambda: {1: 2, 3: 4}]
for make in makers * 3:
    print(star(make()), star2(make()))
for make in [lambda: (1,), lambda: [1], lambda: "x", lambda: gen(1), lambda: ()]:
    try:
        star(make())
    except ValueError as e:
        print(e)
    try:
        star2(make())
    except ValueError as e:
        print(e)
try:
    first, *rest = 5
except TypeError as e:
    print(e)
# The list a starred target makes is new every time.
t = (1, 2, 3)
a1, *m1 = t
a2, *m2 = t
m1.append(0)
print(m1, m2, m1 is m2, t)
class BadIter:
    def __iter__(self):
        raise TypeError("custom")
class NotIter:
    def __iter__(self):
        return 5
for obj in [BadIter(), NotIter(), 5, None]:
    try:
        a, *b = obj
    except TypeError as e:
        print(e)

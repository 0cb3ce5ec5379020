# set(x) and list(x) at a specialized call site build the container at
# once; every kind of argument, and the errors, must be what CPython gives.


class MySet(set):
    def __init__(self, it):
        super().__init__(it)
        self.tag = "mine"


class MyList(list):
    pass


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("gen failed at %d" % i)
        yield i * i % 7


def build(kind, arg):
    try:
        r = kind(arg)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return type(r).__name__, sorted(r) if isinstance(r, set) else r


args = [
    [3, 1, 3],
    (2, 2, 5),
    "abca",
    {"k": 1, "j": 2},
    range(5),
    gen(6),
    gen(6, fail_at=3),
    5,
    None,
    [[1], [2]],
    {1, 2},
    iter([4, 4]),
    b"xyx",
]
for _ in range(3):
    for a in args:
        print(build(set, a), build(list, a))
    args[5] = gen(6)
    args[6] = gen(6, fail_at=3)
    args[11] = iter([4, 4])

for _ in range(20):
    s = set(x % 3 for x in range(10))
    l = list(x for x in "ab")
print(s, l)
m = MySet([1, 2])
print(sorted(m), m.tag, MyList("ab"))
print([len(set(range(i))) + len(list(range(i))) for i in range(8)])

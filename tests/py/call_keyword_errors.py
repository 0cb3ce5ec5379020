# TypeErrors from bad calls: messages for wrong argument counts and names.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(*, x):
    pass
def p(a, /):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def cm(cls, y):
        pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(c=1),
    lambda: h(1),
    lambda: h(),
    lambda: h(x=1, y=2),
    lambda: p(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: C.s(1),
    lambda: C.cm(),
    lambda: C(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
    lambda: f(1, **{"a": 2}),
    lambda: int("5", 10, 3),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: object(1),
    lambda: None(),
    lambda: 5(),
    lambda: "str"(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)

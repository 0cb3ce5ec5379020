# NotImplemented and Ellipsis singletons.
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print((1).__add__("x"), (1).__lt__("x"), "a".__eq__(1), [].__eq__(()), (1.5).__mul__([]))
print(NotImplemented is NotImplemented, type(NotImplemented)() is NotImplemented)
class C:
    def __eq__(self, other):
        return NotImplemented
print(C() == C(), C() != C(), C() == 1)
class D:
    def __lt__(self, other):
        return NotImplemented
try:
    D() < D()
except TypeError as e:
    print("TypeError:", e)
def f(x=...):
    return "no arg" if x is ... else x
print(f(), f(1), f(None))
print([..., ...], {...: "ellipsis key"}[...], hash(...) == hash(Ellipsis))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...], g[..., 0], g[1, ..., 2], g[:, ...])
print(bool(...))

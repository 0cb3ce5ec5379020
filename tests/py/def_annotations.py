# Function annotations are stored, evaluated at definition time, not enforced.
def f(x: int, y: "float" = 1.0) -> str:
    return x + y
print(f(1, 2))
print(f.__annotations__)
def g(a, b: list[int], *c: str, d: bool = False, **e: "kw") -> None: ...
print(g.__annotations__)
print(sorted(g.__annotations__))
evaluated = []
def ann(x):
    evaluated.append(x)
    return x
def h(p: ann("p"), q: ann("q") = ann("default")) -> ann("ret"):
    return p
print(evaluated)
print(h.__annotations__)
def nothing(): pass
print(nothing.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
class C:
    def method(self, v: int) -> "C":
        return self
print(C.method.__annotations__)
print(f("a", "b"))
print(h.__name__, h(5))

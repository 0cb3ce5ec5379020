# type(): 1-arg form returns the class; 3-arg form creates classes dynamically.
for v in [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1), len, type, object(), 10 ** 30, ...]:
    print(type(v), type(v).__name__)
class K: pass
print(type(K), type(K()), type(K()) is K, type(type(K())), K.__class__, type(int))
Dyn = type("Dyn", (), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn, Dyn.__name__, d.x, d.double(), type(d).__name__, Dyn.__bases__, Dyn.__module__)
Child = type("Child", (Dyn,), {"x": 21, "__repr__": lambda self: f"Child(x={self.x})"})
print(Child(), Child().double(), issubclass(Child, Dyn), [c.__name__ for c in Child.__mro__])
def init(self, a):
    self.a = a
WithInit = type("WithInit", (object,), {"__init__": init, "__doc__": "dynamic doc"})
w = WithInit(9)
print(w.a, WithInit.__doc__, WithInit.__qualname__)
Empty = type("Empty", (), {})
print(Empty, Empty().__class__.__name__, sorted(k for k in vars(Empty) if not k.startswith("__")))
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
print(type(type) is type, type(object) is type, type.__name__, type.__mro__)
print(type(1) == int, type(True) == int, type(True) is bool)
IntSub = type("IntSub", (int,), {"describe": lambda self: f"IntSub {int(self)}"})
print(IntSub(7).describe(), IntSub(7) + 1, isinstance(IntSub(2), int))

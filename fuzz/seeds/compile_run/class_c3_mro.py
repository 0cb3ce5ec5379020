# Multiple inheritance and C3 linearization.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(Z.__mro__)
print(Z.mro() == list(Z.__mro__), Z.__bases__)
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
class Diamond(Left, Right):
    pass
class Diamond2(Right, Left):
    pass
print(Diamond().who(), Diamond2().who(), [c.__name__ for c in Diamond.__mro__])
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: attr = "X"
class Y(X): pass
class W(X): attr = "W"
class V(Y, W): pass
print(V.attr, [c.__name__ for c in V.__mro__])
print(issubclass(V, X), issubclass(X, V), isinstance(V(), W))
print(object.__mro__, int.__mro__, bool.__mro__)
class MyList(list, O): pass
print([c.__name__ for c in MyList.__mro__])

# __call__ found on the class is bound as attribute lookup binds it: a
# static method gets no self, a class method gets the class, another
# descriptor its __get__'s result.
class D:
    def __call__(self, x):
        return x
d = D()
print(d(1))
D.__call__ = staticmethod(lambda x: ("static", x))
print(d(2))
class E:
    __call__ = staticmethod(lambda x: ("static", x))
print(E()(3), E()(x=4))
class F:
    __call__ = classmethod(lambda cls, x: (cls.__name__, x))
class G(F):
    pass
print(F()(5), G()(6))
class Binder:
    def __get__(self, obj, cls):
        return lambda *a, **k: (type(obj).__name__, a, sorted(k.items()))
class H:
    __call__ = Binder()
print(H()(7, 8, z=9))
class I:
    __call__ = len
try:
    I()("abc")
except TypeError as e:
    print("TypeError:", e)
class L(list):
    __call__ = list.append
l = L()
l(5)
print(l)
class S(str):
    __call__ = str.upper
print(S("ab")())

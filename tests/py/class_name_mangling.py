# Private name mangling (__name) inside classes.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        self._protected = "visible"
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
    def __dunder__(self):
        return "not mangled"
a = Account("ann")
b = Account("bob")
print(a.owner(), b.owner(), Account.count(), a.call_private(), a.__dunder__())
print(sorted(vars(a)))
print(a._Account__owner, Account._Account__count, a._protected)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__private_method()
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-" + owner
    def sub_owner(self):
        return self.__owner
s = Sub("cy")
print(s.owner(), s.sub_owner(), sorted(vars(s)))
class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class __Dunderish:
    def __init__(self):
        self.__y = 2
print(sorted(vars(__Dunderish())))
class M:
    def get(self):
        return getattr(self, "__hidden", "getattr strings are not mangled")
    def set(self):
        self.__hidden = "mangled"
        return self.__dict__
print(M().get(), M().set())
class N:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 5
    def reveal(self):
        return self.__secret
print(N().reveal(), N.__slots__, hasattr(N, "_N__secret"))
def outside(obj):
    return obj._Account__owner
print(outside(a))
class Q:
    def method(self):
        __local = "locals are mangled too"
        return sorted(k for k in locals() if "local" in k)
print(Q().method())

# super() with zero args, two args, in classmethods, cooperative multiple inheritance.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "Base.greet"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def greet(self):
        return "Leaf>" + super().greet() + "|skip:" + super(Mid, self).greet()
obj = Leaf()
print(obj.log, obj.greet(), Leaf.create(), Mid.create())
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go(), [k.__name__ for k in D.__mro__])
class Coop:
    def __init__(self, **kw):
        self.rest = kw
class Named(Coop):
    def __init__(self, name=None, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Coop):
    def __init__(self, age=None, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="Ann", age=5, extra=1)
print(p.name, p.age, p.rest)
sup = super(B, D())
print(sup.go(), type(sup).__name__)
class S(str):
    def upper(self):
        return "S:" + super().upper()
print(S("abc").upper())
class Prop(Base):
    @property
    def parent_greet(self):
        return super().greet()
print(Prop().parent_greet)
class G(Base):
    def gen(self):
        yield super().greet()
print(list(G().gen()))
class L(Base):
    def f(self):
        return [super(L, self).greet() for _ in range(2)]
    def g(self):
        try:
            return [super().greet() for _ in range(2)]
        except TypeError as e:
            return "TypeError: " + str(e)
print(L().f(), L().g())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def outside(self):
    return super(Leaf, self).greet()
print(outside(Leaf()))
class St(Base):
    @staticmethod
    def s():
        return super(St, St()).greet()
print(St.s())

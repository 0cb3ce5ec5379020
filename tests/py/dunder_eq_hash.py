# __eq__ and __hash__ interplay: set/dict membership, unhashable when __eq__ only.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("Alpha"): 1}
print(d[Key("ALPHA")], Key("alpha") in d, Key("beta") in d)
s = {Key("a"), Key("A"), Key("b")}
print(len(s), sorted(k.name for k in s))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x in {x}, Default() in {x})
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
items = {ConstHash(i) for i in range(10)}
print(len(items), ConstHash(5) in items, ConstHash(50) in items)
class HashNeg:
    def __hash__(self):
        return -1
print(hash(HashNeg()))
class HashBig:
    def __hash__(self):
        return 2 ** 100
print(hash(HashBig()))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class Inherit(Key):
    pass
print(hash(Inherit("Q")) == hash(Key("q")), Inherit("q") == Key("Q"))
class EqSub(Key):
    def __eq__(self, o):
        return False
print(EqSub.__hash__)
calls = []
class Tracer:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return hash(self.v)
    def __eq__(self, o):
        calls.append("eq")
        return self.v == o.v
t = {Tracer(1): "one"}
print(t[Tracer(1)], calls)

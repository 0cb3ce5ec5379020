# Subclassing dict: __missing__, overriding __setitem__, attribute access.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1
c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c, c["zzz"], "zzz" in c, len(c))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y)
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lw = Lower()
lw["HeLLo"] = 1
print(lw, lw["HELLO"], lw.get("hello"), lw.get("HELLO"))
lw2 = Lower(ABC=1)
print(lw2)
lw.update({"UPD": 2})
print(lw)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2, c=3)
print(list(o), list(o.keys()), o)
class DefaultList(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
dl = DefaultList()
dl["x"].append(1)
dl["x"].append(2)
dl["y"].append(3)
print(dl, type(dl).__name__, isinstance(dl, dict))
print(type(dl.copy()).__name__, type(dl | {}).__name__, type({} | dl).__name__)
print(DefaultList.fromkeys("ab"), type(DefaultList.fromkeys("ab")).__name__)

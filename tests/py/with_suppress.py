# __exit__ return values: truthy suppresses, falsy propagates.
class Ret:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value
for val in [True, False, None, 1, 0, "yes", "", [0], []]:
    try:
        with Ret(val):
            raise ValueError
        print(repr(val), "suppressed")
    except ValueError:
        print(repr(val), "propagated")
class Counting:
    def __init__(self):
        self.suppressed = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False
c = Counting()
for i in range(-3, 4):
    with c:
        print(i, 10 // i)
print("suppressed", c.suppressed)
def in_function():
    with Ret(True):
        raise RuntimeError("gone")
    return "continued after with"
print(in_function())
def gen_with():
    for i in range(3):
        with Ret(True):
            yield i
            raise ValueError
print(list(gen_with()))
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", t.__name__, v)
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
print(db)
with Transaction(db) as s:
    s["c"] = 3
    s["a"] = 100
    raise KeyError("abort")
print(db)

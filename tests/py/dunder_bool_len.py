# Truth testing via __bool__ and __len__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
class Both:
    def __bool__(self):
        print("  __bool__ wins")
        return True
    def __len__(self):
        print("  __len__ not used")
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if B(False) or L(2):
    print("or chose second")
print(not B(True), not L(0))
print([x for x in [L(0), L(1)] if x].__len__())
while L(0):
    print("never")
print(B(True) and "and-result")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "x"
try:
    bool(BadLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -5
try:
    if NegLen():
        pass
except ValueError as e:
    print("ValueError:", e)
x = B(False)
print("ternary:", "yes" if x else "no")
print("all/any:", all([L(1), L(2)]), any([L(0), B(False)]))
class Empty(list):
    pass
print(bool(Empty()), bool(Empty([0])))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)

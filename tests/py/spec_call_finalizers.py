# Finalizers that run right before a specialized call and change what the
# call site was specialized for (the function's code, a class's __init__).

def f(x):
    return x + 1

def gen_code(x):
    yield x
    yield x * 10

def three(x, y=7, z=100):
    return x + y + z

class Patcher:
    def __init__(self, action):
        self.action = action
    def __del__(self):
        self.action()

def to_gen():
    f.__code__ = gen_code.__code__

def to_defaults():
    f.__code__ = three.__code__
    f.__defaults__ = (7, 100)

out = []
for i in range(300):
    if i == 150:
        p = Patcher(to_gen)
        del p
    if i == 220:
        p = Patcher(to_defaults)
        del p
    r = f(i)
    out.append(r if isinstance(r, int) else list(r))
print(out[148:153])
print(out[218:223])

class C:
    def __init__(self, v):
        self.v = v

def new_init(self, v):
    self.v = -v

def patch_init():
    C.__init__ = new_init

vals = []
for i in range(300):
    if i == 200:
        p = Patcher(patch_init)
        del p
    vals.append(C(i).v)
print(vals[198:203])

# A bound method whose function's code changes in a finalizer.
class M:
    def m(self, x):
        return x
def patch_m():
    M.m.__code__ = (lambda self, x: x * 1000).__code__
obj = M()
bm = obj.m
res = []
for i in range(300):
    if i == 100:
        p = Patcher(patch_m)
        del p
    res.append(bm(i))
print(res[98:103])

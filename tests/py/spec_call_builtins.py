# Specialized calls of built-in functions, methods and types, and deopts
# when the names are rebound.
import builtins

data = ["a", "bb", "ccc", [1, 2], (1,), {"k": 1}, range(5), "dddd"]
total = 0
for i in range(400):
    total += len(data[i % len(data)])
print("len", total)

# len rebound as a global mid-loop, then deleted again.
out = []
for i in range(300):
    out.append(len("xyz"))
    if i == 100:
        def len(x):
            return -1
    if i == 200:
        del len
print("len rebound", sum(out), out[99:103], out[199:203])

# len patched in builtins.
out = []
real_len = builtins.len
for i in range(200):
    out.append(len([1, 2]))
    if i == 100:
        builtins.len = lambda x: 42
builtins.len = real_len
print("builtins patched", sum(out), out[99:103])

# len errors after specialization.
things = ["ab", 5, [1], None]
for i in range(200):
    try:
        len(things[i % 4])
    except TypeError as e:
        if i < 8:
            print(i, "TypeError:", e)
class Sized:
    def __len__(self):
        return 7
class BadLen:
    def __len__(self):
        return -1
print(len(Sized()))
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

# isinstance: specialized, rebound, and with tuples and subclasses.
class Base: pass
class Sub(Base): pass
objs = [1, "s", Sub(), Base(), 2.5, None, True]
count = 0
for i in range(400):
    o = objs[i % len(objs)]
    if isinstance(o, int):
        count += 1
    if isinstance(o, (str, float)):
        count += 10
    if isinstance(o, Base):
        count += 100
print("isinstance", count)
out = []
for i in range(200):
    out.append(isinstance(i, int))
    if i == 100:
        isinstance = lambda a, b: "patched"
del isinstance
print("isinstance rebound", out[99:103], out.count(True))
try:
    for i in range(200):
        isinstance(i, 5 if i == 150 else int)
except TypeError as e:
    print(i, "TypeError:", e)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 3
class Odd(metaclass=Meta):
    pass
print("instancecheck", sum(isinstance(i, Odd) for i in range(300)))

# type(x) and type rebound.
names = []
for i in range(300):
    names.append(type(objs[i % len(objs)]).__name__)
print("type", names[:8], len(names))
out = []
for i in range(200):
    out.append(type(i))
    if i == 100:
        type = lambda x: "fake"
del type
print("type rebound", out[99:103])
print(type("x", (), {}).__name__)

# Builtin functions with one or more arguments, and builtin methods.
total = 0
lst = []
for i in range(300):
    total += abs(-i) + max(i, 3) + min(i, 5, 7) + ord("a") + hash(i)
    lst.append(i)
    total += lst.pop() if i % 2 else 0
    total += divmod(i, 7)[1]
print("builtins", total, len(lst))
s = "a,b,c"
parts = 0
for i in range(300):
    parts += len(s.split(","))
    parts += s.count(",")
    parts += "x".join(["1", "2"]).count("x")
print("methods", parts)
# A builtin site that sees a Python function and a class.
fs = [abs, str, lambda x: x, int, repr]
out = []
for i in range(300):
    out.append(fs[i % 5](-i))
print("mixed", out[:10])
# Builtin errors after specialization.
for i in range(200):
    try:
        chr(i if i != 150 else -1)
    except ValueError as e:
        print(i, "ValueError:", e)
try:
    for i in range(200):
        abs(i) if i != 170 else abs()
except TypeError as e:
    print(i, "TypeError:", e)

# A call site that sees a non-callable.
cands = [abs, 5]
for i in range(120):
    try:
        cands[i // 100](i)
    except TypeError as e:
        print(i, "TypeError:", e)
        break

# Default argument values: evaluation time, mutable defaults, overriding.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def uses_default(v=n):
    return v
n = 20
print("default captured at def time:", uses_default())
print(greet.__defaults__)
print(append_to.__defaults__)
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(f(1, d=4))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (200,)
print(f(1, d=4))
def counter(start=0, step=1, count=5):
    return list(range(start, start + step * count, step))
print(counter())
print(counter(10))
print(counter(step=-2))
print(counter(1, 3, 4))
def noargs():
    return "none"
print(noargs.__defaults__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

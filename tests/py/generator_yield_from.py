# yield from: delegation, return values, send/throw passthrough.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield 3
    return "outer result"
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from [None]
    yield from {"k": 1}
print(list(from_iterables()))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
def delegator():
    result = yield from echo()
    yield ("final", result)
d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send(None))
def catcher():
    try:
        yield "ready"
    except ValueError as e:
        yield f"caught {e}"
def wrap():
    yield from catcher()
w = wrap()
print(next(w))
print(w.throw(ValueError("via outer")))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right + 1
t = tree(3)
vals = []
try:
    while True:
        vals.append(next(t))
except StopIteration as e:
    print(vals, "size", e.value)
def gen_of_gens():
    for i in range(3):
        yield from (i * 10 + j for j in range(2))
print(list(gen_of_gens()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")
def outer_closer():
    yield from closer()
oc = outer_closer()
print(next(oc))
oc.close()
print("closed")

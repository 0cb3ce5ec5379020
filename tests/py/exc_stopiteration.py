# StopIteration: from next(), iterator exhaustion, default values, in generators (PEP 479).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
e = StopIteration(42)
print(e.value, e.args, repr(e), str(e))
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
def g():
    yield 1
    return "ret"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("return value", e.value)
def leaking():
    it = iter([])
    yield next(it)
try:
    list(leaking())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def explicit():
    yield 1
    raise StopIteration("explicit")
try:
    for v in explicit():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), [x * 2 for x in It()])
def consumer():
    try:
        while True:
            yield next(source)
    except StopIteration:
        return
source = iter("abc")
print(list(consumer()))
i = iter(range(3))
print(list(zip(i, i)), list(i))
try:
    next(iter(()))
except StopIteration:
    print("empty tuple iterator stops")
print(next(iter(""), "empty-str default"), next(iter({}), "empty-dict default"))

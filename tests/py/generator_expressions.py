# Generator expressions: laziness, scoping, single consumption.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))
print(sorted((c for c in "banana"), reverse=True))
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
ge = (v * 10 for v in src())
log.append("created")
for v in ge:
    log.append(f"consume {v}")
print(log)
try:
    (1 / x for x in [1, 0])
    print("no error until consumed")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(tuple(str(i) for i in range(4)))
print("".join(c.upper() for c in "shout"))
n = 3
g = (n * i for i in range(3))
n = 10
print(list(g))
g = (i for i in range(n))
n = 2
print(len(list(g)))
print(next((x for x in [4, 5, 6] if x > 4), "none"))
print(next((x for x in [] if x), "default"))
print(set(x % 4 for x in range(20)))
print(min((abs(x - 7), x) for x in [1, 5, 9, 12]))

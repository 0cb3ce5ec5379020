# Mutating dicts and sets while iterating raises RuntimeError.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print("changing values is fine:", d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print("iterate over a copy:", d)
d = {"a": 1}
try:
    for k, v in d.items():
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.pop("b")
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d.pop(2)
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
for k in d:
    d[k] = 2
    d[1] = 3
print(d)

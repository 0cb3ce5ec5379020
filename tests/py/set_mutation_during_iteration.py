# Set size changes during iteration and safe alternatives.
s = set(range(10))
try:
    for x in s:
        if x % 2 == 0:
            s.remove(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = set(range(10))
for x in list(s):
    if x % 2 == 0:
        s.remove(x)
print(s)
s = set(range(10))
s = {x for x in s if x % 3}
print(s)
s = {1, 2}
for x in s.copy():
    s.add(x * 10)
print(s)
s = {1, 2, 3}
try:
    for x in s:
        s.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print("re-adding existing members is fine:", s)

# Assignment expressions (walrus :=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print([y for x in range(8) if (y := x * x) % 2 == 0])
print(y)
print([(x, sq) for x in range(5) if (sq := x ** 2) > 5])
print((total := 10) + 5, total)
def f(x):
    return (r := x * 2, r + 1)
print(f(5))
print(r if "r" in dir() else "r is local to f")
results = []
stack = [1, 2, 3]
while stack and (top := stack.pop()):
    results.append(top)
print(results)
import math
print([round(root, 3) for n in [4, 10, 16] if (root := math.sqrt(n)) == int(root) or n > 5])
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
print(all((miss := w) != "x" for w in "abc"), miss)
counter = 0
def tick():
    global counter
    counter += 1
    return counter
while (c := tick()) < 5:
    pass
print("ticks", c, counter)
print(f"{(w := 10)} {w * 2}")
lines = ["a=1", "b=2", "bad", "c=3"]
parsed = {k: int(v) for line in lines if len(parts := line.split("=")) == 2 for k, v in [parts]}
print(parsed)
def g():
    [z := i for i in range(3)]
    return z
print(g())
x = 0
print(x := 5, x)
print((a := [1, 2]), a is a)

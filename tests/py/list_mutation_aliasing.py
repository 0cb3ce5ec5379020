# Aliasing and mutation of lists through references, functions and copies.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    lst.append("local")
    return lst
orig = [0]
ret = mutate(orig)
print(orig, ret)
matrix = [[0] * 2 for _ in range(2)]
row = matrix[0]
row[1] = 7
print(matrix)
nested = [[1], [2]]
shallow = list(nested)
shallow[0].append(10)
shallow[1] = ["replaced"]
print(nested, shallow)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    return x
d = deep_copy(nested)
d[0].append(99)
print(nested, d)
items = [1, 2, 3, 4, 5, 6]
for i in items[:]:
    if i % 2 == 0:
        items.remove(i)
print(items)
items = [1, 2, 3, 4, 5, 6]
for i in items:
    if i % 2 == 0:
        items.remove(i)
print("removing while iterating skips:", items)
items = list(range(10))
items[:] = [x for x in items if x % 3]
print(items)
stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("balanced", not stack)
lst = [1, 2, 3]
it = iter(lst)
print(next(it))
lst.insert(0, 0)
print(next(it), list(it))
lst = [1, 2, 3]
it = iter(lst)
lst.clear()
print(list(it))
default = []
groups = {k: default for k in "abc"}
groups["a"].append(1)
print(groups)

# All list methods, with edge cases.
l = [3, 1, 4]
l.append(1); print("append", l)
l.extend([5, 9]); print("extend list", l)
l.extend("ab"); print("extend str", l)
l.extend(x * 2 for x in range(3)); print("extend gen", l)
l.insert(0, "first"); print("insert 0", l)
l.insert(-1, "before last"); print("insert -1", l)
l.insert(100, "end"); print("insert 100", l)
l.insert(-100, "start"); print("insert -100", l)
print("pop", l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print("remove", l)
try:
    l.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
print("index", l.index(1), l.index(1, 3), l.index(4, -8))
try:
    l.index(1, 0, 2)
except ValueError as e:
    print("ValueError:", e)
print("count", l.count(1), l.count("nope"), [[1], [1]].count([1]), [1, 1.0, True].count(1))
c = l.copy(); c.append("copy-only"); print("copy", l, c)
nums = [5, 2, 8, 1, 9, 3]
nums.reverse(); print("reverse", nums)
nums.sort(); print("sort", nums)
nums.sort(reverse=True); print("sort reverse", nums)
nums.clear(); print("clear", nums, len(nums))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
r = [1, 2]
print(r.append(3), r.extend([]), r.insert(0, 0), r.sort(), r.reverse(), r.clear(), r)
m = [1, 2, 3]
m.extend(m); print("self-extend", m)
m.append(m); print("self-append", m, len(m))
nested = [[1, 2], [3]]
sh = nested.copy()
sh[0].append("shared")
print(nested, sh, nested[0] is sh[0])
print(list.__name__, type([]).__name__, list(), list("ab"), list(range(3)), list({"k": 1}), list((1,)))
big = []
for i in range(10000):
    big.append(i)
while len(big) > 5:
    big.pop()
print(big)
q = list(range(10))
while q:
    q.pop(0) if len(q) % 2 else q.pop()
    print(q)

# set methods: add/remove/discard/pop/clear/copy/update variants.
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.remove(4); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.discard(99); s.discard(1); print(s)
c = s.copy(); c.add("copy"); print(s, c)
print(s.pop(), s)
s.clear(); print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
s = {1, 2, 3, 4}
s.update([5, 6], {7}, "ab"); print(sorted(s, key=str))
s.intersection_update(range(10)); print(s)
s.difference_update({1, 2}, [3]); print(s)
s.symmetric_difference_update({4, 100}); print(s)
print(s.isdisjoint([1, 2]), s.issubset(range(200)), s.issuperset({5, 6}))
print(set.union({1}, {2}), set.intersection({1, 2}, {2}))
t = {10, 20}
print(t.union(), t.intersection(), t.difference(), t.union([1], (2,), range(3)))
popped = []
p = {5, 1, 3}
while p:
    popped.append(p.pop())
print(popped)
print(set(), set([]), set(()), set("aab"), set({"k": 1}), set(range(3)), set(x % 3 for x in range(10)))
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.add([])
except TypeError as e:
    print("TypeError:", e)
s = {(1, 2), (3, 4)}
s.add((1, 2))
print(s, (1, 2) in s)
print(len({i % 10 for i in range(100)}), {i % 10 for i in range(100)})
print(s.__len__(), s.__contains__((3, 4)))

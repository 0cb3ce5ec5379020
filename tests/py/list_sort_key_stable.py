# list.sort and sorted: keys, reverse, stability, mixed types errors.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_age_stable = sorted(by_name, key=lambda p: p[1])
print(by_age_stable)
words = "The quick brown fox Jumps over the lazy dog And cat".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
l = [5, -3, 2, -8, 0, 7, -1]
l.sort(key=abs); print(l)
l.sort(key=abs, reverse=True); print(l)
l.sort(key=lambda v: v % 3); print(l)
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
data.sort(key=lambda t: t[0]); print(data)
data.sort(key=lambda t: t[0], reverse=True); print(data)
print(sorted([3.5, 1, 2.25, -1, True, 0]), sorted("hello"), sorted((3, 1, 2), reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([]), sorted([1]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, None), (0, None)]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [(1, None), (1, 2)].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), min([Item(3), Item(1)]))
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=k), calls)
lst = list(range(20))
lst.sort(key=lambda v: v % 4)
print(lst)
big = [(i * 7919) % 1000 for i in range(3000)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(big, reverse=True)[::-1])
pairs = [(v % 10, i) for i, v in enumerate(big)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(len(ps) - 1) if ps[i][0] == ps[i + 1][0]))
try:
    l = [3, 2, 1]
    def bad_key(x):
        l.append(x)
        return x
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)

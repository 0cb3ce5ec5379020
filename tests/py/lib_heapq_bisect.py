import heapq
import bisect
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % (1 << 31)
    return seed[0] % n

data = [rnd(100) for _ in range(40)]
print(data)
h = []
for x in data:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(10)])
print(h)
h2 = list(data)
heapify(h2)
print(h2)
print(heappushpop(h2, 50), heappushpop(h2, -1), h2)
print(heapreplace(h2, 77), h2)
print(sorted(data) == [heappop(h2) for _ in range(len(h2))] or 'replaced')
for n in range(1, 30):
    xs = [rnd(20) for _ in range(n)]
    hh = list(xs); heapify(hh)
    ph = []
    for x in xs:
        heappush(ph, x)
    out = [heappop(hh) for _ in range(n)]
    print(n, hh, ph[:8], out == sorted(xs))
err(heappop, [])
err(heapreplace, [], 1)
print(heappushpop([], 5))
err(heappush, (), 1)
err(heapify, "abc")
err(heappop, ())
err(heapreplace, (), 1)
err(heappushpop, (), 1)
err(heappush, [1], 'x')

pairs = [(rnd(5), chr(97 + rnd(26))) for _ in range(25)]
hp = list(pairs); heapify(hp); print(hp)
print(nlargest(5, data), nsmallest(5, data))
print(nlargest(3, pairs, key=lambda p: p[0]), nsmallest(4, pairs, key=lambda p: p[0]))
print(nlargest(1, data), nsmallest(1, []), nlargest(0, data), nlargest(100, [3, 1, 2]), nsmallest(-1, data))
print(nlargest(3, iter(data)), nsmallest(3, (x * 2 for x in data)))
words = 'the quick brown fox jumps over the lazy dog a bb ccc'.split()
print(nlargest(4, words, key=len), nsmallest(4, words, key=len), nsmallest(1, words, key=len))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([1, 2])), list(merge([], [])))
print(list(merge(['a', 'bb'], ['c', 'ddd'], key=len)))
print(list(merge([7, 5, 3], [8, 4, 2], [6], reverse=True)))
print(list(merge([(1, 'a'), (2, 'b')], [(1, 'c'), (3, 'd')], key=lambda t: t[0])))
print(list(merge([(1, 'a'), (2, 'b')], [(1, 'c'), (3, 'd')], key=lambda t: t[0], reverse=True)))

# ---- bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 0, 4))
err(bisect.bisect_left, a, 2, -1)
err(bisect.insort, a, 2, -1)
b = []
for x in [5, 1, 4, 1, 3, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); print(b)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1]); print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
err(bisect.bisect, [1, 2], 'x')

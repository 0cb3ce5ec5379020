# Hand-written sorting algorithms compared against sorted(): insertion, merge, quick, heap, counting, shell.
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] > a[big]:
                big = l
            if r < n and a[r] > a[big]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def shell(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a
state = 42
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 33
datasets = {
    "empty": [],
    "one": [5],
    "sorted": list(range(20)),
    "reversed": list(range(20, 0, -1)),
    "dups": [3, 1, 3, 1, 2, 2, 3],
    "negatives": [-5, 3, -1, 0, 2, -5],
    "random": [rnd() % 1000 - 500 for _ in range(300)],
}
for name, data in datasets.items():
    expect = sorted(data)
    results = [f(data) == expect for f in (insertion, merge_sort, quick, heap_sort, counting, shell)]
    print(f"{name:10}", results, expect[:8])
print(merge_sort(["pear", "apple", "fig", "banana"]), quick([3.5, -1.25, 2.0, 1e9]))
print(heap_sort(list("sortingexample")), shell([(2, "b"), (1, "z"), (2, "a")]))

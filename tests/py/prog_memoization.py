# Memoization with dicts: fibonacci, edit distance, coin change, partition counts, grid paths.
calls = {"plain": 0, "memo": 0}
def fib_plain(n):
    calls["plain"] += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)
memo = {}
def fib_memo(n):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
print(fib_plain(20), fib_memo(20), calls)
print(fib_memo(300))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit(a, b))
print("cache size", len(edit.cache))
@memoize
def ways(amount, i):
    coins = (1, 2, 5, 10, 20, 50, 100, 200)
    if amount == 0:
        return 1
    if amount < 0 or i == len(coins):
        return 0
    return ways(amount - coins[i], i) + ways(amount, i + 1)
print("coin ways 200:", ways(200, 0))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 21)])
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths(30, 30))
table = {}
def collatz_len(n):
    path = []
    while n != 1 and n not in table:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = table.get(n, 1)
    for i, v in enumerate(reversed(path)):
        table[v] = base + i + 1
    return table.get(path[0], 1) if path else base
best = max(range(1, 20000), key=collatz_len)
print("longest collatz under 20000:", best, collatz_len(best), len(table) > 20000)

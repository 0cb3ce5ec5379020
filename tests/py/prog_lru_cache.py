# An LRU cache using a dict (insertion order) plus hit/miss statistics, used to cache a slow function.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"
c = LRU(3)
for k in "abcabdaef":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, list(c.data))
print(c)
def lru_cached(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(n):
            sentinel = object()
            v = cache.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cached(64)
def slow_square_sum(n):
    return sum(i * i for i in range(n))
seq = [(i * 7) % 60 for i in range(300)]
print(sum(slow_square_sum(n) for n in seq))
print(slow_square_sum.cache.hits, slow_square_sum.cache.misses, slow_square_sum.cache.evictions)
@lru_cached(200)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(150), fib.cache.hits, fib.cache.misses)

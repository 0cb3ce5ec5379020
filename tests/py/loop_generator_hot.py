# Generators resumed many times from hot loops; nested generators and generator expressions.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(n):
    for i in counter(n):
        yield i * i
def evens(gen):
    for v in gen:
        if v % 2 == 0:
            yield v
print(sum(counter(50000)))
print(sum(evens(squares(20000))))
def pipeline(n):
    return sum(x for x in (y * 3 for y in range(n)) if x % 2)
print(pipeline(30000))
def take(gen, k):
    out = []
    for v in gen:
        out.append(v)
        if len(out) == k:
            break
    return out
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(take(primes(), 30))
def send_loop(n):
    def acc():
        total = 0
        while True:
            v = yield total
            total += v
    g = acc()
    next(g)
    last = 0
    for i in range(n):
        last = g.send(i)
    return last
print(send_loop(20000))
def many_generators(n):
    total = 0
    for i in range(n):
        total += sum(counter(i % 10))
    return total
print(many_generators(5000))
def delegating(n):
    def inner(k):
        for j in range(k):
            yield j
        return k
    def outer():
        t = 0
        for k in range(n):
            t += yield from inner(k % 5)
        return t
    g = outer()
    s = 0
    while True:
        try:
            s += next(g)
        except StopIteration as e:
            return s, e.value
print(delegating(4000))
def interleaved(n):
    a = counter(n)
    b = squares(n)
    out = 0
    for _ in range(n):
        out += next(a) - next(b) % 7
    return out
print(interleaved(10000))

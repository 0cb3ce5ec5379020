# for loops: else, break, continue, iteration over many types.
for i in range(3):
    print("range", i)
else:
    print("else after range")
for ch in "héllo":
    if ch == "l":
        continue
    print("char", ch)
for i in [1, 2, 3]:
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("never")
else:
    print("else on empty")
primes = []
for n in range(2, 60):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("key", k)
for k, v in d.items():
    print("item", k, v)
for t in (1, "two", 3.0, None):
    print("tuple elem", repr(t))
for s in sorted({5, 3, 9, 1}):
    print("sorted set", s)
for i in range(10, 0, -3):
    print("down", i)
total = 0
for i in range(1000):
    if i % 7:
        continue
    total += i
print("total", total)
for i in range(3):
    pass
print("loop var persists", i)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print("mutating loop sees", v)
for i, row in enumerate([[1, 2], [3, 4]]):
    for j, val in enumerate(row):
        print(i, j, val)
for b in b"AZ":
    print("byte", b)

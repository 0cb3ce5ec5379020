# Generators whose loops run long enough to get hot while a built-in
# consumes them (sum, any, list, set, max, sorted): their values, what a
# consumer that stops early or fails leaves behind, a consumer that
# changes what the generator reads, and one generator consumed both by a
# built-in and by next().

SCALE = 3


def squares(n):
    for i in range(n):
        yield i * i


def zeros_then_one(period):
    i = 0
    while True:
        i += 1
        yield 1 if i % period == 0 else 0


print("-- consumed whole")
print(sum(squares(2000)))
print(sum(x * SCALE for x in range(3000)))
print(len(list(x for x in range(2500) if x % 7)))
print(len(set(x % 97 for x in range(4000))))
print(max(x * (3000 - x) for x in range(3000)))
print(sorted(x % 11 for x in range(500))[-5:])

print("-- stopped early, then resumed by next()")
g = zeros_then_one(700)
seen = []
for _ in range(6):
    seen.append(any(g))
    seen.append(next(g))
print(seen)

print("-- any() and all() on fresh generator expressions")
hits = 0
for k in range(40):
    if any(v > k * 50 for v in squares(300)):
        hits += 1
    if all(v >= 0 for v in squares(k * 10)):
        hits += 1
print(hits)

print("-- a consumer that fails")


def mixed(n, bad_at):
    for i in range(n):
        yield "x" if i == bad_at else i


for bad in (5, 900, 1999):
    g = mixed(2000, bad)
    try:
        print(sum(g))
    except TypeError as e:
        print("TypeError:", e)
    print(next(g, "exhausted"), sum(1 for _ in g))

print("-- a consumer that changes what the generator reads")


calls = 0


def key(v):
    # Runs inside max()'s loop, between two yields of the generator.
    global SCALE, calls
    calls += 1
    if calls % 100 == 0:
        SCALE += 1
    return -abs(v - 2000)


def scaled(n):
    for i in range(n):
        yield i * SCALE


print(max(scaled(1500), key=key), SCALE, calls)
print(sum(scaled(1500)), SCALE)

print("-- the same generator code, one consumed by sum, one by a for loop")


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


total = 0
for round_ in range(30):
    total += sum(evens(200))
    for v in evens(200):
        total -= v // 2
print(total)

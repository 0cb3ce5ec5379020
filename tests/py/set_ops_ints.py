# Set operators and printing of int sets (ordering follows hashing).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print({3, 1, 2}, {10, 1, 100, 1000, 5}, {-1, -2, 0, 2, 1}, {2 ** 64, 2 ** 32, 7})
print({8, 16, 24, 32, 40, 48, 56, 64, 72, 80}, set(range(20, 0, -3)))
print(set([33, 1, 65, 97, 129]), {i * 31 for i in range(12)})
s = set()
for i in [5, 3, 99, 1024, -7, 64, 8, 0]:
    s.add(i)
    print(s)
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, {1} > {1})
print(a == {5, 4, 3, 2, 1}, a != b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
print(len(a), 3 in a, 30 in a, max(a), min(b), sum(a), sorted(a ^ b))
e = set()
print(e, set(), len(e), e | {1}, e & {1}, bool(e), repr(e), str(frozenset()))
big = set(range(0, 1000, 7)) & set(range(0, 1000, 11))
print(sorted(big), big)
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3}, {1, 2} & {2, 3} & {2})
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({-5, 5, -10, 10, 15, -15}, {0.5, 1.5, 2.0, 100.25})
x = {1, 2, 3}
y = x
y |= {4}
y -= {1}
y &= {2, 3, 4, 5}
y ^= {5}
print(x, x is y)
print(set("abracadabra") == {"a", "b", "r", "c", "d"}, sorted(set("abracadabra")))

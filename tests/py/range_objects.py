# range: construction, repr, len, indexing, slicing, membership, equality, errors.
for r in [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(0, -10, -3), range(-5, 5, 4)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-3:], list(r[1:-1:2]))
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 31 in r)
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) != range(2))
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(-3)), list(range(3, -3, -1)), list(range(0, 1, 100)))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(3): "r"}[range(0, 3)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(range(5).__len__(), type(range(1)).__name__, str(range(1, 2)))
print(3.0 in range(5), True in range(2), "a" in range(5))
total = 0
for i in range(1, 100001):
    total += i
print(total)
print([i for i in range(100, 0, -17)])
print(range(-10, 10)[5:15], range(10)[-100:100], range(10)[5:1:-1])

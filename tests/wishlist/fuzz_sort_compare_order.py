# Found by stitch-fuzz (seeds 1022, 5048, 5096, 5145): list.sort/sorted
# compare pairs in a different order from CPython's timsort, which shows in
# the TypeError message for mixed types and in the calls __lt__ sees.
for items in [[1e300, 0, None, 0], ['a', 0, 2.5], [0, False, -3, -4.0, 'x'], [3, 'b', 1]]:
    try:
        print(sorted(items))
    except TypeError as e:
        print(type(e).__name__, e)

calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
print([k.v for k in sorted([K(3), K(1), K(2), K(5), K(4)])])
print(calls)

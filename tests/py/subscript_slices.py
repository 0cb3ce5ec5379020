# Indexing and slicing of lists, tuples, strings, ranges: steps and negatives.
s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
r = range(10)
for seq in (s, l, t, r):
    print(type(seq).__name__)
    print(" ", seq[0], seq[-1], seq[3], seq[-4])
    print(" ", seq[2:5], seq[:3], seq[7:], seq[-3:], seq[:-7])
    print(" ", seq[::2], seq[1::3], seq[::-1], seq[::-3], seq[8:2:-2])
    print(" ", seq[100:], seq[-100:2], seq[5:2], seq[2:2], seq[-1:-5:-1])
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 6, 12):
        for step in (None, 1, 2, -1, -3):
            print(s[start:stop:step], end=" ")
    print()
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
for seq in (s, l, t, r):
    try:
        seq[10]
    except IndexError as e:
        print("IndexError:", e)
    try:
        seq[-11]
    except IndexError as e:
        print("IndexError:", e)
try:
    l["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1:2:"x"]
except TypeError as e:
    print("TypeError:", e)
print(l[True], s[False], l[2 ** 0])
print("héllo wörld"[1], "héllo wörld"[-4:], "😀ab"[0], len("😀ab"))
print(s[2 ** 100:], s[-(2 ** 100):3], l[:2 ** 70])
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], nested[-1][-1], [row[1] for row in nested])
class Idx:
    def __index__(self):
        return 2
print(l[Idx()], s[Idx():], t[:Idx()])

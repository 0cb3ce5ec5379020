# Slice assignment and deletion on lists, including extended slices.
l = list(range(10))
l[2:4] = ["a", "b", "c"]
print(l)
l[:0] = ["front"]
print(l)
l[len(l):] = ["back"]
print(l)
l[3:3] = []
print(l)
l[1:-1] = []
print(l)
l = list(range(10))
l[::2] = "ABCDE"
print(l)
l[1::2] = [None] * 5
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
l = list(range(10))
l[::-1] = range(10)
print(l)
l[8:2:-2] = ["x", "y", "z"]
print(l)
del l[::3]
print(l)
del l[-2:]
print(l)
del l[100:]
print(l)
l = list(range(6))
l[1:3] = l
print(l)
l = [1, 2, 3]
l[:] = (x * 10 for x in l)
print(l)
l[5:10] = [7]
print(l)
l[-100:1] = ["start"]
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
l = list(range(20))
del l[::-2]
print(l)
l = list(range(5))
l[3:1] = ["ins"]
print(l)
s = "abc"
try:
    s[0:1] = "z"
except TypeError as e:
    print("TypeError:", e)
l = [0] * 5
for i in range(5):
    l[i:i + 1] = [i, i]
print(l, len(l))
big = list(range(1000))
del big[10:990]
print(big)
big[2:] = []
print(big)

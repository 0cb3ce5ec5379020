# Slicing lists, tuples and strs with int bounds (the specialized
# BINARY_SUBSCR_*_SLICE / STORE_SUBSCR_LIST_SLICE forms and the reused
# slice object of BUILD_SLICE), and the deopts to the generic forms.

def get(seq, a, b, c):
    return seq[a:b:c]

def get2(seq, a, b):
    return seq[a:b]

def checksum(v):
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(repr(v))) % 1000003

bounds = [None, 0, 1, 2, -1, -2, 3, 7, 100, -100, 2**62, -(2**62), True, False]
steps = [None, 1, 2, -1, -2, 3, -3, 2**62, -(2**62), True]
seqs = [list(range(6)), tuple("abcdef"), "abcdef", "héllo wörld", [], (), ""]
lines = 0
for s in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(get2(s, a, b))
            for c in steps:
                out.append(get(s, a, b, c))
    print(type(s).__name__, len(out), checksum(out), out[:3], out[-3:])

# Zero steps.
for s in seqs[:3]:
    for k in range(3):
        try:
            get(s, 1, 2, 0)
        except ValueError as e:
            print(type(s).__name__, e)

# Full slices of exact tuples and strs are the object itself; lists copy.
t = (1, 2, 3)
st = "abc"
lst = [1, 2]
for k in range(5):
    print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1] is t, st[:] is st, st[0:] is st,
          lst[:] is lst, lst[:] == lst)
class T(tuple):
    pass
class S(str):
    pass
for k in range(3):
    print(type(T((1, 2))[:]).__name__, T((1, 2))[:] == (1, 2), type(S("ab")[:]).__name__)

# Bounds with __index__, big ints and other types make the site generic.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
data = list(range(10))
for k in range(3):
    print(data[Idx(2):Idx(8):Idx(2)], "abcdef"[Idx(1):], (1, 2, 3)[:Idx(-1)])
for k in range(60):
    r = get2(data, k % 5, 2**70 if k % 3 else 6)
    if k % 10 == 0:
        print(k, r)
for bad in ["1", 1.5, [1]]:
    try:
        get2(data, bad, 3)
    except TypeError as e:
        print(e)

# An __index__ that resizes the list being sliced (lengths are read after
# the bounds are converted).
class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __index__(self):
        del self.lst[3:]
        return 5
for k in range(3):
    victim = list(range(10))
    print(victim[1:Shrink(victim)], victim)

# Slice assignment: same length, other lengths, extended slices of the
# right and wrong size, a list assigned to a slice of itself, tuples,
# iterables of other kinds, non-iterables.
def setslice(lst, a, b, v):
    lst[a:b] = v

def setext(lst, a, b, c, v):
    lst[a:b:c] = v

for k in range(4):
    l = list(range(8))
    setslice(l, 2, 4, ["x", "y"])
    setslice(l, 0, 1, [])
    setslice(l, 5, 2, ("ins",))
    setslice(l, -2, None, [7, 7, 7])
    setslice(l, 100, 200, [9])
    setslice(l, -100, 1, "ab")
    print(l)
    l[:] = l
    l[1:3] = l
    print(l)
    l[::-1] = l
    print(l)
    m = list(range(10))
    setext(m, None, None, 2, "abcde")
    setext(m, 8, 0, -3, [None] * 3)
    print(m)
    try:
        setext(m, None, None, 3, [1, 2])
    except ValueError as e:
        print(e)
    try:
        setext(m, 1, 2, 0, [])
    except ValueError as e:
        print(e)
    try:
        setslice(m, 0, 1, 5)
    except TypeError as e:
        print(e)
    try:
        setext(m, 0, 5, 2, 5)
    except TypeError as e:
        print(e)
    try:
        setext(m, 0, 5, -1, None)
    except TypeError as e:
        print(e)
    setslice(m, 0, 2, (x * 2 for x in range(4)))
    setslice(m, 0, 2, {1: 2})
    print(m)

# The fannkuch and nqueens idioms.
def flips(perm):
    perm = perm[:]
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n
print([flips([3, 1, 0, 2]), flips([2, 0, 1]), flips([4, 3, 2, 1, 0, 5])])
def rotate(indices, i):
    indices[i:] = indices[i + 1:] + indices[i:i + 1]
    return indices
ix = list(range(6))
for i in range(5):
    print(rotate(ix, i % 3))

# A slice a user __getitem__ keeps is never changed by later slicing.
class Keeper:
    def __init__(self):
        self.kept = []
    def __getitem__(self, key):
        self.kept.append(key)
        return key
kp = Keeper()
for k in range(5):
    kp[k:k + 1]
    [0, 1, 2][k:]
    kp[::k + 1]
print(kp.kept)
print([s.indices(10) for s in kp.kept])
# Slices as values and their identity.
s1 = slice(1, 2)
print(s1, [1, 2, 3][s1], slice(None, None, -1).indices(4))

# The site sees a list subclass, a dict, and other containers.
class L(list):
    def __getitem__(self, k):
        return ("L", list.__getitem__(self, k))
for c in [[1, 2, 3], L([1, 2, 3]), (1, 2, 3), "xyz", range(5), b"bytes", bytearray(b"ba")] * 10:
    r = get2(c, 1, None)
print(r, get2(L([1, 2, 3]), 0, 2), get2(range(10), 2, 5))
d = {}
try:
    d[1:2]
except TypeError as e:
    print(e)

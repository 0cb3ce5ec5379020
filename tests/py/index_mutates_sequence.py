# An __index__ method that resizes the very list/bytearray being indexed or
# sliced: bounds are converted first, then the current length is used.
class I:
    def __index__(self):
        L.append(9)
        return 1
L = [1, 2, 3]
print(L[I():])
print(L)
t = (1, 2, 3)
print(t[I():], L)
L[I():I()] = [7]
print(L)
ba = bytearray(b"abc")
class J:
    def __index__(self):
        ba.append(65)
        return 1
print(ba[J()], ba[J():], ba)
L2 = [1, 2, 3]
class K:
    def __index__(self):
        L2.clear()
        return 0
try:
    print(L2[K()])
except IndexError as e:
    print("IndexError", e)
L2 = [1, 2, 3]
try:
    L2[K()] = 5
except IndexError as e:
    print("IndexError", e)
L2 = [1, 2, 3]
try:
    del L2[K()]
except IndexError as e:
    print("IndexError", e)
L2 = [1, 2, 3]
print(L2[K():], L2)
L2 = [1, 2, 3]
del L2[K():]
print(L2)

# Bitwise operators on ints including negatives and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 64 - 1, -2 ** 64, 12345678901234567890]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a & -a if a else 0)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 70 - 1), (-(2 ** 70), 3)]:
    print(a & b, a | b, a ^ b)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
popcounts = []
for n in range(20):
    c = 0
    x = n
    while x:
        x &= x - 1
        c += 1
    popcounts.append(c)
print(popcounts)
print([bin(n).count("1") for n in range(20)] == popcounts)
h = 0
for i in range(1000):
    h ^= (i * 2654435761) & 0xFFFFFFFF
    h = ((h << 5) | (h >> 27)) & 0xFFFFFFFF
print("hash-ish", h)
print((5).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)

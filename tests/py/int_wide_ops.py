# Ints past 64 bits in + - * & | ^ (64-bit hashes and masks, 128-bit
# edges), against CPython's results.
vals = [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**100, -2**100, 2**126, 2**127 - 1, -2**127, 12345678901234567890, -98765432109876543210]
for a in vals:
    row = []
    for b in vals:
        row.append((a + b, a - b, a & b, a | b, a ^ b, a * b if abs(a) < 2**70 else 0))
    print(a, hash(tuple(row)), row[3], row[9])
h = 0
for i in range(1000):
    h ^= (i * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    h = (h * 31 + i) & 0xFFFFFFFFFFFFFFFF
print(h)

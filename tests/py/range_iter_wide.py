big = 2**63
for r in [range(big - 3, big + 3), range(-big - 2, -big + 2), range(big + 5, big - 5, -3), range(5), range(10, 0, -4), range(0)]:
    out = []
    for i in r:
        out.append(i)
    print(out)
t = 0
for i in range(2**62, 2**62 + 10**5, 7):
    t += i & 0xff
print(t)
it = iter(range(3))
for i in it:
    print(i, list(it))

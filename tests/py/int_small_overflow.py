def f(n):
    x = 1
    s = 0
    for i in range(n):
        x = x * 3 + i
        s = s + (2**62) * 4 - i
        s = s - 2**63 + (i * 9223372036854775807)
    return x % 1000003, s % 1000003
print(f(200))
def g(n):
    t = 0
    for i in range(n):
        a = 9223372036854775807 - (i % 3)
        t += a + a
        t -= (-a) - a
        t = t * 1 if i % 2 else t
    return t
print(g(1000))
print(sum(i * 4611686018427387904 for i in range(100)))

def integrate(n):
    dx = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * dx
        s += 4.0 / (1.0 + x * x)
    return s * dx
print(round(integrate(2_000_000), 10))

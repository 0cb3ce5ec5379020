# Float-heavy hot loops: mandelbrot, numerical integration, Newton iteration, special values flowing through.
import math
def mandel(w, h, iters):
    rows = []
    for py in range(h):
        y0 = py / h * 2.4 - 1.2
        row = []
        for px in range(w):
            x0 = px / w * 3.5 - 2.5
            x = y = 0.0
            k = 0
            while x * x + y * y <= 4.0 and k < iters:
                x, y = x * x - y * y + x0, 2 * x * y + y0
                k += 1
            row.append(" .:-=+*#%@"[k % 10] if k < iters else "@")
        rows.append("".join(row))
    return rows
for r in mandel(60, 20, 60):
    print(r)
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(integrate(math.sin, 0, math.pi, 20000), integrate(lambda x: x * x, 0, 3, 30000))
def newton_sqrt(v):
    x = v if v > 1 else 1.0
    for _ in range(60):
        x = 0.5 * (x + v / x)
    return x
print([newton_sqrt(v) for v in [2, 10, 1e10, 0.25, 12345.678]])
def special_flow(n):
    vals = [1.0, -0.0, float("inf"), float("nan"), 1e308, 5e-324]
    acc = []
    for i in range(n):
        a = vals[i % 6]
        b = vals[(i // 6) % 6]
        acc.append(repr(a * b))
    return acc[:36]
print(special_flow(36))
def float_int_mix(n):
    s = 0
    for i in range(n):
        s = s + i * 0.5
        s = s - i // 2
    return s
print(float_int_mix(10000))
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s
print(harmonic(100000))
def neg_zero(n):
    z = 0.0
    for i in range(n):
        z = -z * 1.0
    return repr(z), math.copysign(1, z)
print(neg_zero(1001), neg_zero(1000))

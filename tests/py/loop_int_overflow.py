# Hot integer loops crossing the 64-bit boundary in every direction (small int -> bigint and back).
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
    return x
print(grow(30), grow(41), grow(60), grow(200) % 10 ** 9)
def add_past_max(start, step, n):
    x = start
    marks = []
    for i in range(n):
        x += step
        if i % (n // 5) == 0:
            marks.append(x)
    return x, marks
print(add_past_max(2 ** 63 - 5000, 1, 10000))
print(add_past_max(-(2 ** 63) + 5000, -1, 10000))
print(add_past_max(2 ** 62, 2 ** 60, 10))
def back_down(n):
    x = 2 ** 70
    for i in range(n):
        x //= 3
    return x, type(x).__name__
print(back_down(10), back_down(45))
def neg_mul(n):
    x = -1
    out = []
    for i in range(n):
        x *= -7
        if i > n - 4:
            out.append(x)
    return out
print(neg_mul(30))
def shifts(n):
    acc = 0
    for i in range(n):
        acc ^= (i << (i % 80)) >> (i % 7)
    return acc
print(shifts(5000))
def mod_pow_loop(n):
    x = 1
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return x
print(mod_pow_loop(20000))
def sub_overflow(n):
    x = -(2 ** 63) + 10
    for i in range(n):
        x -= 1
    return x, x + 2 ** 63
print(sub_overflow(20))
def abs_neg(n):
    total = 0
    v = -(2 ** 63)
    for i in range(n):
        total += abs(v + i) - abs(-i)
    return total
print(abs_neg(100))
def floordiv_min(n):
    m = -(2 ** 63)
    out = []
    for d in (-1, 1, 2, -2, 7):
        out.append((m // d, m % d))
    return out
print(floordiv_min(1))
def counter_sum(n):
    s = 0
    for i in range(n):
        s += i * i * i
    return s
print(counter_sum(100000), counter_sum(100000) == (100000 * 99999 // 2) ** 2)

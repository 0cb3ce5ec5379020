# Arithmetic in hot loops at the edges of its fast forms: int results
# leaving the 64-bit range, division by zero caught in the loop, floor
# division and remainder of negative and extreme ints, bitwise operators
# on negative ints, and mixes of ints and floats.

MIN = -(2**63)


def int_ops(n):
    acc = 0
    big = 0
    for i in range(n):
        a = i * 3 - 50
        b = (i % 7) - 3
        acc += a & 0xF0 | b ^ 5
        acc += a // 4 + a % 5
        if b:
            acc += a // b + a % b
        try:
            acc += a // (i % 4)
        except ZeroDivisionError:
            acc -= 1
        x = MIN + i
        big += x // -1 if i % 50 == 0 else x % 1000
    return acc, big


def number_ops(n):
    total = 0
    t = 0.0
    grow = 1
    for i in range(n):
        v = i if i % 3 else i + 0.5
        total = total + v * 2 - 1
        t = t * 0.5 + v
        grow = grow * 3 if grow < 2**70 else 1
        total -= grow % 7
    return total, t, grow


def float_ops(n):
    s = 0.0
    errors = 0
    for i in range(n):
        x = i * 0.25
        d = (i % 5) - 2.0
        try:
            s += x / d
        except ZeroDivisionError:
            errors += 1
        s += x * d - x + 1.5
    return s, errors


print(int_ops(3000))
print(number_ops(3000))
print(float_ops(3000))

# Hot loops whose operand types change part-way (int -> float -> bigint -> str), forcing deoptimization.
def accumulate(values):
    total = 0
    for v in values:
        total = total + v
    return total
ints = list(range(5000))
print(accumulate(ints))
print(accumulate(ints + [0.5]))
print(accumulate([2 ** 62] * 10))
print(accumulate([1.5] * 3000 + [2] * 3000))
def concat(parts, start):
    acc = start
    for p in parts:
        acc = acc + p
    return acc
print(len(concat(["ab"] * 3000, "")), concat([[1], [2]] * 3, []))
print(concat((1,) * 5, 0), concat(((1,),) * 4, ()))
def mixed_loop(n):
    x = 0
    trace = []
    for i in range(n):
        if i == n // 4:
            x = float(x)
        elif i == n // 2:
            x = int(x) * 2 ** 64
        elif i == 3 * n // 4:
            x = x % 1000003
        x = x + i
        if i % (n // 8) == 0:
            trace.append(type(x).__name__)
    return x, trace
print(mixed_loop(8000))
def alternating(n):
    out = 0
    vals = [1, 2.0, 3, 4.0, True, 10 ** 20]
    for i in range(n):
        v = vals[i % len(vals)]
        out = out + v * 2 - v
    return out
print(alternating(6000))
def compare_types(n):
    vals = [3, 3.0, 2.5, True, 10 ** 30, -1]
    hits = 0
    for i in range(n):
        a = vals[i % 6]
        b = vals[(i * 7) % 6]
        if a < b:
            hits += 1
        elif a == b:
            hits += 100
    return hits
print(compare_types(12000))
def div_types(n):
    s = 0
    for i in range(1, n):
        if i % 1000 == 0:
            s = s + i / 7
        else:
            s = s + i // 7
    return s
print(div_types(9000))

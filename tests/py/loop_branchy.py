# Branches whose direction flips at different rates inside hot loops (side exits taken at varying frequency).
def flip(n, period):
    a = b = 0
    for i in range(n):
        if (i // period) % 2 == 0:
            a += i
        else:
            b -= i
    return a, b
for period in [1, 2, 7, 100, 1000, 10 ** 6]:
    print(period, flip(20000, period))
def late_switch(n):
    t = 0
    for i in range(n):
        if i < n - 10:
            t += 1
        else:
            t += 1000
    return t
print(late_switch(20000))
def multiway(n):
    counts = [0] * 6
    for i in range(n):
        m = (i * 2654435761) % 97
        if m < 10:
            counts[0] += 1
        elif m < 20:
            counts[1] += 1
        elif m < 50:
            counts[2] += 1
        elif m == 77:
            counts[3] += 1
        elif m % 2:
            counts[4] += 1
        else:
            counts[5] += 1
    return counts
print(multiway(30000))
def short_circuit(n):
    t = 0
    for i in range(n):
        if i % 3 == 0 and i % 5 == 0 or i % 7 == 0 and not i % 11:
            t += 1
        x = i % 4 or -1
        t += x
    return t
print(short_circuit(20000))
def while_break_continue(n):
    i = 0
    t = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 4 == 0:
            continue
        if i % 1001 == 0:
            t -= 1000
            continue
        t += i % 9
    return t, i
print(while_break_continue(30000))
def ternary_chain(n):
    s = 0
    for i in range(n):
        s += 1 if i % 2 else 2 if i % 3 else 3 if i % 5 else 4
    return s
print(ternary_chain(30000))
def nested_loops(n):
    t = 0
    for i in range(n):
        for j in range(i % 7):
            if j == 5:
                break
            t += j
        else:
            t += 100
    return t
print(nested_loops(10000))

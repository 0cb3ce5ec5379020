# Hot loops that read globals and builtins which are rebound during the loop.
FACTOR = 2
def scaled_sum(n):
    s = 0
    for i in range(n):
        s += i * FACTOR
    return s
print(scaled_sum(1000))
print(scaled_sum(1000))
FACTOR = 3
print(scaled_sum(1000))
def rebinding_loop(n):
    global FACTOR
    s = 0
    for i in range(n):
        if i == n // 2:
            FACTOR = 10
        s += FACTOR
    return s
FACTOR = 1
print(rebinding_loop(2000), FACTOR)
def helper(x):
    return x + 1
def calls_helper(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s
print(calls_helper(3000))
def helper(x):
    return x * 2
print(calls_helper(3000))
def swaps_helper(n):
    global helper
    s = 0
    for i in range(n):
        if i == 1500:
            helper = lambda x: -x
        s += helper(i)
    return s
print(swaps_helper(3000))
def uses_len(items, n):
    t = 0
    for _ in range(n):
        t += len(items)
    return t
print(uses_len([1, 2, 3], 1000))
len = lambda x: 100
print(uses_len([1, 2, 3], 1000))
del len
print(uses_len([1, 2, 3], 1000))
def shadow_mid_loop(n):
    g = globals()
    t = 0
    for i in range(n):
        if i == n // 2:
            g["abs"] = lambda v: 0
        t += abs(-5)
    del g["abs"]
    return t
print(shadow_mid_loop(1000), abs(-5))
COUNTER = 0
def bump(n):
    global COUNTER
    for _ in range(n):
        COUNTER += 1
bump(5000)
print(COUNTER)
def reads_deleted(n):
    out = 0
    for i in range(n):
        try:
            out += TEMP
        except NameError:
            out -= 1
    return out
TEMP = 5
print(reads_deleted(100))
del TEMP
print(reads_deleted(100))
TEMP = 7
print(reads_deleted(100))

# while loops with else, break, continue.
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("while else ran, i =", i)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("loop", i)
else:
    print("not printed")
print("after break i =", i)
def find(seq, target):
    idx = 0
    while idx < len(seq):
        if seq[idx] == target:
            print("found", target, "at", idx)
            break
        idx += 1
    else:
        print(target, "not found")
find([4, 8, 15, 16, 23, 42], 15)
find([4, 8, 15, 16, 23, 42], 7)
find([], 1)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while len(fibs) < 20:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print("pair", outer, inner)
        inner += 1
    else:
        print("inner done for", outer)
    outer += 1
count = 0
while count < 100000:
    count += 1
print("counted", count)
x = 10
while x:
    x -= 3 if x > 2 else 1
print("x", x)

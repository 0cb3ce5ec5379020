# Nested loops with break/continue/else and flags.
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("first factor pair of 42:", found)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val < 0:
            print("negative at", r, c)
            break
    else:
        print("row", r, "all positive")
count = 0
for a in range(20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c and a > 0:
                print("triple", a, b, c)
                count += 1
print("count", count)
i = 0
while i < 4:
    j = 0
    while True:
        if j >= i:
            break
        j += 1
    print("i", i, "j", j)
    i += 1
res = []
for x in range(5):
    try:
        if x == 1:
            continue
        if x == 3:
            break
        res.append(x)
    finally:
        res.append("f%d" % x)
print(res)
def search(grid, target):
    for y, row in enumerate(grid):
        for x, v in enumerate(row):
            if v == target:
                return (x, y)
    return None
g = [[c for c in "abc"], [c for c in "def"], [c for c in "ghi"]]
for t in "aeiz":
    print(t, search(g, t))

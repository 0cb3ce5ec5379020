# list operators: +, *, comparisons, in, len, repr of nested and recursive lists.
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, [] * 5, [0] * 0, [None] * 3, a * -1)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [[]], [[1]] == [[1]])
print(len(a), len([]), len([[]]), 2 in a, 9 in a, [1] in [[1]])
print(repr([1, "a", None, 2.5, [True]]), str(["x"]), [{"k": (1,)}])
r = [1, 2]
r.append(r)
print(r, repr(r))
d = {"self": None}
lst = [d]
d["self"] = lst
print(lst)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] - [1]
except TypeError as e:
    print("TypeError:", e)
c = a
c += [10]
print(a, c is a)
c = c + [11]
print(a, c, c is a)
print(list(reversed(a)), a[::-1], sorted(a, reverse=True))
print(min([3, 1, 2]), max([[1, 2], [1, 3]]), sum([[1], [2]], []))
print([1, 2, 3].__len__(), [1, 2].__getitem__(1), [1].__contains__(1))
lst = []
for i in range(5):
    lst = lst + [i]
    lst += [i * 10]
print(lst)
print([x for x in [[1, 2], [3]] for x in x])
x = [[]] * 3
x[0].append(1)
print(x)
print(list(map(list, ["ab", "c"])), list(zip(*[[1, 2], [3, 4]])))

# Nested comprehensions of all kinds.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[grid[r][c] for r in range(3)] for c in range(3)])
print({r: {c: grid[r][c] for c in range(3)} for r in range(3)})
print({frozenset({x, y}) for x in range(3) for y in range(3) if x != y} == {frozenset({0, 1}), frozenset({0, 2}), frozenset({1, 2})})
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(sum(sum(x for x in row) for row in grid))
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": [3]}.items()})
print([list(g) for g in ((i for i in range(n)) for n in range(4))])
flat = [x for sub in [[1, [2]], [3, [4, 5]]] for x in sub]
print(flat)
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky", "queue"]])
print({w: {c for c in w} == set(w) for w in ["aa", "ab"]})
print(sorted({(i, j) for i in range(3) for j in range(i, 3)}))
print([[[k for k in range(j)] for j in range(i)] for i in range(4)])
print(dict(sorted({x % 5: x for x in range(20)}.items())))

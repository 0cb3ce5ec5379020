# A 4x4 and a 9x9 sudoku solver with constraint propagation and backtracking.
def solve(grid, n, box):
    size = n
    def candidates(r, c):
        used = set(grid[r]) | {grid[i][c] for i in range(size)}
        br, bc = r - r % box, c - c % box
        used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
        return [v for v in range(1, size + 1) if v not in used]
    steps = 0
    def bt():
        nonlocal steps
        best = None
        for r in range(size):
            for c in range(size):
                if grid[r][c] == 0:
                    cand = candidates(r, c)
                    if best is None or len(cand) < len(best[2]):
                        best = (r, c, cand)
        if best is None:
            return True
        r, c, cand = best
        for v in cand:
            steps += 1
            grid[r][c] = v
            if bt():
                return True
        grid[r][c] = 0
        return False
    ok = bt()
    return ok, steps
def show(grid):
    for row in grid:
        print(" ".join(str(v) if v else "." for v in row))
small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
show(small)
print(solve(small, 4, 2))
show(small)
puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079
"""
grid = [[int(ch) for ch in line] for line in puzzle.split()]
show(grid)
ok, steps = solve(grid, 9, 3)
print("solved", ok, "steps", steps)
show(grid)
print(all(sorted(row) == list(range(1, 10)) for row in grid))
print(all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
bad = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
print(solve(bad, 4, 2))

# Conway's game of life on a small torus, with a set-based and a list-based implementation agreeing.
W, H = 12, 10
def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
start = parse([
    "............",
    "..#.........",
    "...#........",
    ".###........",
    "............",
    "........###.",
    "............",
    "....##......",
    "....##......",
    "............",
])
def step_set(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}
def step_grid(g):
    new = [[0] * W for _ in range(H)]
    for y in range(H):
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        n += g[(y + dy) % H][(x + dx) % W]
            new[y][x] = 1 if n == 3 or (n == 2 and g[y][x]) else 0
    return new
def show(live):
    for y in range(H):
        print("".join("#" if (x, y) in live else "." for x in range(W)))
grid = [[1 if (x, y) in start else 0 for x in range(W)] for y in range(H)]
live = start
for gen in range(25):
    if gen % 8 == 0:
        print("generation", gen, "population", len(live))
        show(live)
    live = step_set(live)
    grid = step_grid(grid)
    assert live == {(x, y) for y in range(H) for x in range(W) if grid[y][x]}, gen
print("final population", len(live), sorted(live)[:6])

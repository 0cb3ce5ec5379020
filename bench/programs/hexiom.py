"""Hexiom: solve hexagonal tile-placement puzzles.

A board is a hexagon of hexagonal cells.  Each tile carries a number from 0
to 6, and in a solution every tile touches exactly that many other tiles;
some cells stay empty.  A puzzle gives the multiset of tiles (shown in
scrambled positions) and pins a few of them ("+") to their final cells.

The solver keeps, for every cell, the list of values it may still take (a
tile number or EMPTY), narrows the lists by constraint propagation, and
searches depth-first: first undecided cell, highest value first, EMPTY last.

usage: hexiom.py [ITERATIONS]   (default 1; each solves every level once)
"""
import sys

EMPTY = 7
OPEN, SOLVED, IMPOSSIBLE = 0, 1, -1

# Axial neighbour offsets.
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1))

# Puzzles: the first line is the side length; then one line per row of the
# hexagon, each tile written as two characters ("+" for a pinned tile or a
# space, then the number or "." for an empty cell).
LEVELS = [
    """\
2
  1 .
+2 . .
  1 0
""",
    """\
3
   . 1 3
  4 3 3 4
+1 3 4 .+2
  . 4 3 .
   . .+1
""",
    """\
4
    . .+0 3
   .+1 . . .
 +3 . 2 5+2 5
 4 .+3 4 .+4 .
 +2 . 3+5 1+2
   . 4 . . .
    5+2 . .
""",
]


class Hex:
    """The cells of a hexagon with `size` cells per side, numbered row by
    row, and their neighbour lists."""

    def __init__(self, size):
        self.size = size
        self.count = 3 * size * (size - 1) + 1
        self.positions = []
        self.ids = {}
        for y, xs in self.rows():
            for x in xs:
                self.ids[(x, y)] = len(self.positions)
                self.positions.append((x, y))
        self.neighbours = []
        for x, y in self.positions:
            links = []
            for dx, dy in DIRECTIONS:
                other = self.ids.get((x + dx, y + dy))
                if other is not None:
                    links.append(other)
            self.neighbours.append(links)

    def rows(self):
        """(y, range of x) for each row, top to bottom."""
        n = self.size
        out = []
        for y in range(n):
            out.append((y, range(n + y)))
        for y in range(n, 2 * n - 1):
            out.append((y, range(y - n + 1, 2 * n - 1)))
        return out

    def indent(self, y):
        return abs(self.size - 1 - y)


class Position:
    """The search state: the shared geometry and tile counts, and a list of
    possible values per cell."""

    def __init__(self, hexagon, tiles, cells):
        self.hex = hexagon
        self.tiles = tiles
        self.cells = cells

    def copy(self):
        return Position(self.hex, self.tiles, [c[:] for c in self.cells])

    def decided(self, i):
        return len(self.cells[i]) == 1

    def discard(self, i, value):
        cell = self.cells[i]
        if value in cell:
            cell.remove(value)
            return True
        return False

    def neighbour_bounds(self, i):
        """How many neighbours of cell i are surely tiles, and how many
        could be."""
        low = high = 0
        for n in self.hex.neighbours[i]:
            cell = self.cells[n]
            if len(cell) == 1:
                if cell[0] != EMPTY:
                    low += 1
                    high += 1
            else:
                high += 1
        return low, high

    def propagate(self, last=None):
        """One pass of the deductions; True if anything changed.  With
        `last`, only the neighbourhood of the cell just decided is
        revisited."""
        changed = False
        cells = self.cells
        count = len(cells)

        # A tile's number must lie within its neighbour bounds.
        todo = range(count) if last is None else self.hex.neighbours[last]
        for i in todo:
            if not self.decided(i):
                low, high = self.neighbour_bounds(i)
                for v in range(7):
                    if (v < low or v > high) and self.discard(i, v):
                        changed = True

        # Tile counting: a value whose tiles are all placed cannot go
        # anywhere else; a value with exactly as many candidate cells as
        # tiles goes into all of them.
        left = self.tiles[:]
        for cell in cells:
            if len(cell) == 1:
                left[cell[0]] -= 1
        for v in range(8):
            if self.tiles[v] > 0 and left[v] == 0:
                for i in range(count):
                    if not self.decided(i) and self.discard(i, v):
                        changed = True
            else:
                candidates = sum(1 for cell in cells if v in cell)
                if candidates == self.tiles[v]:
                    for i in range(count):
                        if not self.decided(i) and v in cells[i]:
                            cells[i] = [v]
                            changed = True

        # Around a decided tile: if it already has all its neighbours the
        # undecided ones are empty; if it needs all of them they are tiles.
        todo = range(count) if last is None else [last]
        for i in todo:
            if self.decided(i):
                value = cells[i][0]
                filled = 0
                unknown = []
                for n in self.hex.neighbours[i]:
                    if self.decided(n):
                        if cells[n][0] != EMPTY:
                            filled += 1
                    else:
                        unknown.append(n)
                if unknown:
                    if value == filled:
                        for n in unknown:
                            if EMPTY in cells[n]:
                                cells[n] = [EMPTY]
                                changed = True
                    elif value == filled + len(unknown):
                        for n in unknown:
                            if self.discard(n, EMPTY):
                                changed = True
        return changed

    def status(self):
        left = self.tiles[:]
        complete = True
        exact = True
        for i, cell in enumerate(self.cells):
            if not cell:
                return IMPOSSIBLE
            if len(cell) > 1:
                complete = False
                continue
            value = cell[0]
            left[value] -= 1
            if left[value] < 0:
                return IMPOSSIBLE
            if value != EMPTY:
                low, high = self.neighbour_bounds(i)
                if value < low or value > high:
                    return IMPOSSIBLE
                if value != low:
                    exact = False
        if complete and exact:
            return SOLVED
        return OPEN

    def moves(self):
        """Candidate moves for the first undecided cell: numbers from the
        highest down, then EMPTY."""
        for i, cell in enumerate(self.cells):
            if len(cell) > 1:
                out = [(i, v) for v in sorted(cell, reverse=True) if v != EMPTY]
                if EMPTY in cell:
                    out.append((i, EMPTY))
                return out
        return []

    def render(self):
        lines = []
        for y, xs in self.hex.rows():
            values = []
            for x in xs:
                v = self.cells[self.hex.ids[(x, y)]][0]
                values.append("." if v == EMPTY else str(v))
            lines.append(" " * self.hex.indent(y) + " ".join(values))
        return "\n".join(lines)


class Solver:
    def __init__(self):
        self.nodes = 0

    def search(self, pos):
        moves = pos.moves()
        if not moves:
            return pos if pos.status() == SOLVED else None
        for i, v in moves:
            self.nodes += 1
            child = pos.copy()
            child.cells[i] = [v]
            while child.propagate(i):
                pass
            state = child.status()
            if state == SOLVED:
                return child
            if state == OPEN:
                found = self.search(child)
                if found is not None:
                    return found
        return None

    def solve(self, pos):
        pos = pos.copy()
        while pos.propagate():
            pass
        state = pos.status()
        if state == SOLVED:
            return pos
        if state == IMPOSSIBLE:
            return None
        return self.search(pos)


def parse(text):
    lines = text.splitlines()
    size = int(lines[0])
    hexagon = Hex(size)
    tiles = [0] * 8
    cells = [list(range(8)) for _ in range(hexagon.count)]
    for (y, xs), line in zip(hexagon.rows(), lines[1:]):
        line = line[hexagon.indent(y):]
        for k, x in enumerate(xs):
            marker, symbol = line[2 * k], line[2 * k + 1]
            value = EMPTY if symbol == "." else int(symbol)
            tiles[value] += 1
            if marker == "+":
                cells[hexagon.ids[(x, y)]] = [value]
    for v in range(8):
        if tiles[v] == 0:
            for cell in cells:
                if v in cell and len(cell) > 1:
                    cell.remove(v)
    return Position(hexagon, tiles, cells)


def main(iterations):
    results = []
    for _ in range(iterations):
        results = []
        for text in LEVELS:
            solver = Solver()
            solution = solver.solve(parse(text))
            results.append((solution, solver.nodes))
    for n, (solution, nodes) in enumerate(results):
        print("level %d: %d search nodes" % (n, nodes))
        print(solution.render() if solution is not None else "no solution")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)

# N-queens: count and print solutions for small boards via backtracking with sets and bitmasks.
def solve(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    solutions = []
    def place(r):
        if r == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)
    place(0)
    return solutions
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return total
    return go(0, 0, 0)
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), count_bits(n), sols[0] if sols else None)
first = solve(6)[0]
for r in range(6):
    print(" ".join("Q" if first[r] == c else "." for c in range(6)))
print(solve(4))
print(sorted(solve(5))[:3])

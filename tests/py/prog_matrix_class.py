# A matrix class with dunders: +, -, *, @, ==, indexing, transpose, determinant, inverse by fractions.
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        g = a or 1
        self.n, self.d = n // g, d // g
    def _c(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = self._c(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.h = len(self.rows)
        self.w = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.w != o.h:
            raise ValueError(f"shape mismatch {self.h}x{self.w} @ {o.h}x{o.w}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __pow__(self, n):
        result = Matrix.identity(self.h)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))
    def det(self):
        if self.h == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.w):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def inverse(self):
        n = self.h
        a = [[Frac(x) for x in r] + [Frac(1 if i == j else 0) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            piv = next((r for r in range(col, n) if a[r][col] != Frac(0)), None)
            if piv is None:
                raise ValueError("singular matrix")
            a[col], a[piv] = a[piv], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * 3, 2 * A, sep="\n")
print(A @ B)
print(repr(A @ B), A.T, A.det(), A == Matrix([[1, 2], [3, 4]]), A == B)
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", (F ** 90)[0, 1])
M = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(M, "det", M.det())
inv = M.inverse()
print(inv)
print(M @ inv == Matrix.identity(3), inv.rows[0])
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
C = Matrix.identity(4)
C[0, 3] = 7
print(C)
print((C @ C)[0, 3], (C ** 5)[0, 3])
print(Frac(1, 3) + Frac(1, 6), Frac(3, -9), Frac(2, 4) * 4, Frac(5) / Frac(10))

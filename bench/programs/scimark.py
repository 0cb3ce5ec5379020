"""SciMark 2 kernels: successive over-relaxation, sparse matrix multiply,
Monte Carlo integration, LU factorization and FFT, on pseudo-random data from
SciMark's own generator (so the data is deterministic).

usage: scimark.py [SCALE]   (default 1)
"""
import sys
from math import sin, cos, pi, sqrt


class Rand:
    """SciMark's random number generator: a lagged subtractive generator
    (Knuth) over 17 words, seeded as in the original Java code."""

    M1 = (1 << 30) + ((1 << 30) - 1)   # 2**31 - 1
    M2 = 1 << 16

    def __init__(self, seed):
        m1, m2 = self.M1, self.M2
        jseed = min(abs(seed), m1)
        if jseed % 2 == 0:
            jseed -= 1
        k0 = 9069 % m2
        k1 = 9069 // m2
        j0 = jseed % m2
        j1 = jseed // m2
        self.m = [0] * 17
        for i in range(17):
            jseed = j0 * k0
            j1 = (jseed // m2 + j0 * k1 + j1 * k0) % (m2 // 2)
            j0 = jseed % m2
            self.m[i] = j0 + m2 * j1
        self.i = 4
        self.j = 16
        self.scale = 1.0 / m1

    def next(self):
        m = self.m
        k = m[self.i] - m[self.j]
        if k < 0:
            k += self.M1
        m[self.j] = k
        self.i = 16 if self.i == 0 else self.i - 1
        self.j = 16 if self.j == 0 else self.j - 1
        return self.scale * k


def sor(n, cycles, omega, rnd):
    g = [[rnd.next() for _ in range(n)] for _ in range(n)]
    omega_over_four = omega * 0.25
    one_minus_omega = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi, gim1, gip1 = g[i], g[i - 1], g[i + 1]
            for j in range(1, n - 1):
                gi[j] = omega_over_four * (gim1[j] + gip1[j] + gi[j - 1] + gi[j + 1]) + one_minus_omega * gi[j]
    return sum(sum(row) for row in g)


def sparse_matmult(n, nz, cycles, rnd):
    x = [rnd.next() for _ in range(n)]
    y = [0.0] * n
    nr = nz // n
    anz = nr * n
    val = [rnd.next() for _ in range(anz)]
    col = [0] * anz
    row = [0] * (n + 1)
    for r in range(n):
        rowr = row[r]
        row[r + 1] = rowr + nr
        step = max(r // nr, 1)
        for i in range(nr):
            col[rowr + i] = i * step
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)


def monte_carlo(samples):
    """Estimate pi from the fraction of random points of the unit square
    that fall inside the quarter circle (with its own generator, seed 113,
    as in SciMark)."""
    rnd = Rand(113)
    under_curve = 0
    for _ in range(samples):
        x = rnd.next()
        y = rnd.next()
        if x * x + y * y <= 1.0:
            under_curve += 1
    return under_curve / samples * 4.0


def lu_factor(a, pivot):
    m = len(a)
    n = len(a[0])
    minmn = min(m, n)
    for j in range(minmn):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, m):
            ab = abs(a[i][j])
            if ab > t:
                jp = i
                t = ab
        pivot[j] = jp
        if a[jp][j] == 0:
            raise ZeroDivisionError("factorization failed")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < m - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, m):
                a[k][j] *= recp
        if j < minmn - 1:
            for ii in range(j + 1, m):
                aii = a[ii]
                aj = a[j]
                aiij = aii[j]
                for jj in range(j + 1, n):
                    aii[jj] -= aiij * aj[jj]


def lu(n, cycles, rnd):
    total = 0.0
    base = [[rnd.next() for _ in range(n)] for _ in range(n)]
    for _ in range(cycles):
        a = [row[:] for row in base]
        pivot = [0] * n
        lu_factor(a, pivot)
        total += sum(a[i][i] for i in range(n)) + sum(pivot)
    return total


def fft_transform(data, direction):
    n = len(data) // 2
    if n <= 1:
        return
    logn = n.bit_length() - 1
    # Bit-reverse permutation.
    j = 0
    for i in range(n - 1):
        ii, jj = 2 * i, 2 * j
        k = n // 2
        if i < j:
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        while k <= j:
            j -= k
            k //= 2
        j += k
    dual = 1
    for _ in range(logn):
        w_real = 1.0
        w_imag = 0.0
        theta = 2.0 * direction * pi / (2.0 * dual)
        s = sin(theta)
        t = sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i = 2 * b
            j = 2 * (b + dual)
            wd_real = data[j]
            wd_imag = data[j + 1]
            data[j] = data[i] - wd_real
            data[j + 1] = data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
            w_imag = tmp_imag
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                z1_real = data[j]
                z1_imag = data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j] = data[i] - wd_real
                data[j + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def fft(n, cycles, rnd):
    data = [rnd.next() for _ in range(2 * n)]
    original = data[:]
    for _ in range(cycles):
        fft_transform(data, -1)
        fft_transform(data, 1)
        norm = 1.0 / n
        for i in range(len(data)):
            data[i] *= norm
    return sqrt(sum((d - o) ** 2 for d, o in zip(data, original)) / n)


def main(scale):
    rnd = Rand(101010)
    print("SOR %.6f" % sor(30, 4 * scale, 1.25, rnd))
    print("sparse %.6f" % sparse_matmult(300, 1500, 4 * scale, rnd))
    print("MC %.6f" % monte_carlo(4000 * scale))
    print("LU %.6f" % lu(25, 2 * scale, rnd))
    print("FFT %.3e" % fft(256, 2 * scale, rnd))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)

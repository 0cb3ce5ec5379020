"""Chaos game: draw a fractal "thickened" along a few B-spline curves.

Each step picks one of many affine-like maps at random (a short piece of one
of the splines) and sends the current point onto that piece: the position
along the piece comes from the point's x coordinate, the offset across it
(along the curve's normal) from its y coordinate.  The splines are evaluated
with de Boor's algorithm.  `random` is seeded, so the image is
deterministic; instead of writing it to a file the program prints a checksum
and a coarse ASCII rendering.

usage: chaos.py [ITERATIONS]   (default 1000)
"""
import sys
import math
import random

WIDTH = 256
HEIGHT = 256
THICKNESS = 0.25
SEED = 1234


class Vec:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def magnitude(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).magnitude()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vec(self.x * factor, self.y * factor, self.z * factor)

    def blend(self, other, a, b):
        """a * self + b * other"""
        return Vec(self.x * a + other.x * b,
                   self.y * a + other.y * b,
                   self.z * a + other.z * b)

    def __repr__(self):
        return "Vec(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)


class Spline:
    """A B-spline of the given degree over a full (clamped) knot vector."""

    def __init__(self, points, degree, knots):
        if len(knots) != len(points) + degree + 1:
            raise ValueError("need len(points) + degree + 1 knots")
        for a, b in zip(knots, knots[1:]):
            if b < a:
                raise ValueError("knots must not decrease")
        self.points = points
        self.degree = degree
        self.knots = knots

    def domain(self):
        return self.knots[self.degree], self.knots[len(self.points)]

    def span(self, u):
        """The index k with knots[k] <= u < knots[k + 1] (the last
        non-empty span for the right end of the domain)."""
        knots = self.knots
        for k in range(self.degree, len(self.points)):
            if knots[k] <= u < knots[k + 1]:
                return k
        k = len(self.points) - 1
        while knots[k] == knots[k + 1]:
            k -= 1
        return k

    def __call__(self, u):
        lo, hi = self.domain()
        if u < lo or u > hi:
            raise ValueError("parameter %r outside the domain" % u)
        p = self.degree
        k = self.span(u)
        t = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = t[j + k - p]
                alpha = (u - left) / (t[j + 1 + k - r] - left)
                d[j] = d[j - 1].blend(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, samples=1000):
        lo, hi = self.domain()
        total = 0.0
        prev = self(lo)
        for i in range(1, samples + 1):
            cur = self(lo + (hi - lo) * i / samples)
            total += cur.dist(prev)
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx, self.maxx = min(xs), max(xs)
        self.miny, self.maxy = min(ys), max(ys)
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        # Cut every spline into pieces about as long as the band is thick.
        piece = thickness * self.width / self.height
        self.pieces = [max(1, int(s.length() / piece * 1.5)) for s in splines]
        self.total_pieces = sum(self.pieces)

    def random_map(self):
        r = random.randrange(self.total_pieces)
        for i, n in enumerate(self.pieces):
            if r < n:
                return i, r
            r -= n
        raise AssertionError("unreachable")

    def transform(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        which, piece = self.random_map()
        spline = self.splines[which]
        start, end = spline.domain()
        seg = (end - start) / self.pieces[which]
        t = start + seg * (piece + x)
        t = min(t, end)
        base = spline(t)
        h = 1 / 50000
        if t + h > end:
            tangent = base - spline(t - h)
        else:
            tangent = spline(t + h) - base
        norm = tangent.magnitude()
        if norm != 0:
            off = (y - 0.5) * self.thickness / norm
            base = Vec(base.x - tangent.y * off, base.y + tangent.x * off, 0.0)
        return self.clamp(base)

    def clamp(self, p):
        p.x = min(max(p.x, self.minx), self.maxx)
        p.y = min(max(p.y, self.miny), self.maxy)
        return p

    def draw(self, w, h, iterations):
        image = [[0] * w for _ in range(h)]
        point = Vec((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2)
        for _ in range(iterations):
            point = self.transform(point)
            col = int((point.x - self.minx) / self.width * w)
            row = int((point.y - self.miny) / self.height * h)
            if col == w:
                col -= 1
            if row == h:
                row -= 1
            image[h - 1 - row][col] = 1
        return image


def clamped_knots(npoints, degree, interior):
    """`degree + 1` zeros, the interior knots, then `degree + 1` copies of
    the last value."""
    last = interior[-1] + 1 if interior else 1
    return [0] * (degree + 1) + interior + [last] * (degree + 1)


def make_splines():
    s_curve = [Vec(0.5, 3.5), Vec(2.0, 4.0), Vec(3.2, 3.2), Vec(2.0, 2.2),
               Vec(0.8, 1.4), Vec(1.8, 0.2), Vec(3.5, 0.6)]
    stroke = [Vec(0.3, 0.3), Vec(0.6, 1.5), Vec(1.2, 2.8), Vec(1.0, 3.8)]
    hook = [Vec(2.6, 1.8), Vec(3.3, 2.0), Vec(3.8, 2.8), Vec(3.4, 3.8), Vec(2.8, 4.2)]
    return [
        Spline(s_curve, 3, clamped_knots(7, 3, [1, 1, 1])),
        Spline(stroke, 3, clamped_knots(4, 3, [])),
        Spline(hook, 3, clamped_knots(5, 3, [1])),
    ]


def main(iterations):
    random.seed(SEED)
    game = ChaosGame(make_splines(), THICKNESS)
    print("pieces", game.pieces)
    image = game.draw(WIDTH, HEIGHT, iterations)
    lit = sum(map(sum, image))
    h = 0
    for row in image:
        for v in row:
            h = (h * 2 + v) % 1000000007
    print("pixels set %d, checksum %d" % (lit, h))
    # A coarse picture: one character per 8x16 block of pixels.
    for r in range(0, HEIGHT, 16):
        line = []
        for c in range(0, WIDTH, 8):
            n = 0
            for rr in range(r, r + 16):
                n += sum(image[rr][c:c + 8])
            line.append(" .:*#"[min(4, (n + 3) // 4)])
        print("".join(line).rstrip())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

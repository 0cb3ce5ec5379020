"""Unpack sequence: tuple and list unpacking in a tight loop.

usage: unpack_sequence.py [LOOPS]   (default 2000)
"""
import sys


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += b + i
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += c + h
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += d + g
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += e + f
        first, *middle, last = to_unpack
        s += first + last + len(middle)
    return s


def main(loops):
    print(do_unpacking(loops, tuple(range(10))))
    print(do_unpacking(loops, list(range(10, 20))))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)

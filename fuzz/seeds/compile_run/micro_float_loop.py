"""Micro-loop: float arithmetic (midpoint-rule integral of 4 / (1 + x*x)).

usage: float_loop.py [N]   (default 200000 steps)
"""
import sys


def integrate(n):
    dx = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * dx
        s += 4.0 / (1.0 + x * x)
    return s * dx


print(round(integrate(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000), 10))

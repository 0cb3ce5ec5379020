"""Micro-loop: attribute loads and stores on an instance.

usage: attr_loop.py [N]   (default 200000 iterations)
"""
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def step(self, dx):
        self.x += dx
        self.y -= dx
        return self.x - self.y


def run(n):
    p = Point(0, 0)
    acc = 0
    for i in range(n):
        acc += p.step(i & 3)
    return acc


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))

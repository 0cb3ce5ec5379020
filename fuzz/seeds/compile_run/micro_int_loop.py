"""Micro-loop: integer arithmetic in a while loop.

usage: int_loop.py [N]   (default 200000 iterations)
"""
import sys


def work(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total


print(work(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))

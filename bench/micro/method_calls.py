"""Micro-loop: method calls on an instance (small methods calling each
other, with and without arguments).

usage: method_calls.py [N]   (default 200000 iterations)
"""
import sys


class Counter:
    def __init__(self):
        self.value = 0

    def get(self):
        return self.value

    def add(self, k):
        self.value += k

    def bump(self):
        self.add(1)

    def mix(self, a, b):
        return (a * 3 + b) & 0xFFFF


def run(n):
    c = Counter()
    acc = 0
    for i in range(n):
        c.bump()
        c.add(i & 7)
        acc = c.mix(acc, c.get())
    return c.get(), acc


print(*run(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))

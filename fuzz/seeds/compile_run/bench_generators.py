"""Generators: a tree walked by recursive generators, chained with yield from,
and generator pipelines.

usage: generators.py [DEPTH]   (default 10)
"""
import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def main(depth):
    n = 2 ** depth
    t = tree(0, n)
    total = 0
    for _ in range(5):
        total += sum(squares(evens(iter(t))))
    print(total)
    print(list(iter(tree(0, 7))))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)

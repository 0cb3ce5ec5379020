"""Recursive Fibonacci: call overhead.

usage: fib.py [N]   (default 20)
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    print(fib(n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

"""Micro-loop: list indexing (sieve of Eratosthenes).

usage: list_loop.py [N]   (default 200000; counts the primes up to N)
"""
import sys


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)


print(sieve(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))

"""Coroutines: recursive Fibonacci where every call is an `async def`
coroutine and every recursive call an `await`, driven without an event loop
(the coroutine is sent None until it raises StopIteration).

usage: coroutines.py [N]   (default 16)
"""
import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    """Drive `coro` to completion; return its result and how many times it
    was resumed."""
    sends = 0
    try:
        while True:
            sends += 1
            coro.send(None)
    except StopIteration as stop:
        return stop.value, sends


def main(n):
    value, sends = run(fibonacci(n))
    print("fibonacci(%d) = %d after %d send(s)" % (n, value, sends))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)

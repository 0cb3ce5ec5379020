# Recursion through specialized call sites: results, RecursionError and
# its message, and recovery afterwards.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print("fib", fib(20))

depth = 0
def down(n):
    global depth
    depth = n
    return down(n + 1)
try:
    down(1)
except RecursionError as e:
    print("RecursionError:", e)
print("depth", depth)

def down_defaults(n, step=1):
    global depth
    depth = n
    return down_defaults(n + step)
try:
    down_defaults(1)
except RecursionError as e:
    print("RecursionError:", e)
print("depth", depth)

class M:
    def walk(self, n):
        global depth
        depth = n
        return self.walk(n + 1)
try:
    M().walk(1)
except RecursionError as e:
    print("RecursionError:", e)
print("depth", depth)

# Still works after the error (frames were released).
print("fib again", fib(15))

sys.setrecursionlimit(200)
try:
    down(1)
except RecursionError as e:
    print("RecursionError:", e)
print("depth", depth)
sys.setrecursionlimit(1000)

# Mutual recursion and fib with a bound method.
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print("even", even(500), odd(301))

class F:
    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
print("method fib", F().fib(18))
fb = F().fib
print("bound fib", fb(16))

# Ackermann-like deep-ish recursion with defaults.
def ack(m, n, acc=0):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print("ack", ack(2, 3))

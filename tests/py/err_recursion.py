# Uncaught RecursionError from runaway recursion.
def countdown(n):
    if n == -10 ** 9:
        return 0
    return countdown(n - 1) + 1
print("small recursion ok:", sum(range(10)))
print("starting runaway recursion")
countdown(10)

# Exception in an except block, re-raised with a bare raise inside finally-free code.
def risky(n):
    if n > 2:
        raise ValueError(f"n too large: {n}")
    return n * 10
for n in range(5):
    try:
        print(risky(n))
    except ValueError as e:
        print("handling", e)
        raise

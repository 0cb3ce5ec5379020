# Uncaught NameError for a near-miss name: CPython 3.11 adds a "Did you mean" hint to the traceback.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl
print("computing")
print(compute([1, 2, 3]))

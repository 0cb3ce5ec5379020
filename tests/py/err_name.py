# Uncaught NameError from a typo.
def compute(values):
    total = 0
    for v in values:
        total += v
    return grand_total_amount
print("computing")
print(compute([1, 2, 3]))

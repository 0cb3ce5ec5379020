# Found by stitch-fuzz (seeds 37, 1050, 1098, 1141): repeating a sequence by
# an int that does not fit in 64 bits raises OverflowError in CPython; Stitch
# raises TypeError ("unsupported operand type(s) for *").
for expr in ["10**20 * (1, 2)", "(1, 2) * 10**20", "[1] * 10**20", "10**20 * [1]",
             "'ab' * 10**20", "-(10**20) * 'ab'", "b'x' * 2**64", "[0] * -(2**70)"]:
    try:
        print(expr, repr(eval(expr))[:20])
    except Exception as e:
        print(expr, type(e).__name__, e)
big = 10**20
for i in range(3):
    n = big + i if i else 2
    try:
        print(i, len('ab' * n))
    except OverflowError as e:
        print(i, 'OverflowError', e)

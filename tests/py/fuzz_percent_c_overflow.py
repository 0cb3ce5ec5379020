# Found by stitch-fuzz (seed 7256): %c and the 'c' format of an int outside
# range(0x110000) raise OverflowError in CPython; Stitch raises ValueError.
for v in [65, 0x10ffff, 0x110000, -1, 10**20]:
    for f in [lambda v: '%c' % v, lambda v: format(v, 'c'), lambda v: f'{v:c}', lambda v: chr(v)]:
        try:
            print(repr(f(v)))
        except Exception as e:
            print(type(e).__name__, e)

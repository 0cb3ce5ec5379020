# %c and format()'s 'c' of out-of-range ints, and other format errors: the
# exception type CPython raises (OverflowError or ValueError).
for f, v in [('%c', 2**70), ('%c', -(2**70)), ('%5c', -1), ('%c', 1.5), ('%c', 'ab'), ('%c', True)]:
    try: print(repr(f % v))
    except Exception as e: print(type(e).__name__, e)
for v, spec in [(2**70, 'c'), (-(2**70), 'c'), (-1, '>5c'), (0x110000, '<3c'), (65, '+c'), (65, '#c'), (True, 'c'), (2**100, 'e'),
                (1.5, '.1000000000000f'), (1.5, 'c'), (10, '.2d'), (3, ',c'), (2**70, 'x'), (1.0, 'd'), ('s', 'd'), (2**64, 'n')]:
    try: print(repr(format(v, spec)))
    except Exception as e: print(type(e).__name__, e)

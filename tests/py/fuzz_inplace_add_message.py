# Found by stitch-fuzz (seeds 11005, 11076, 11119): `+=` on a str, tuple or
# list with an operand it cannot take; CPython's message comes from the
# sequence's concatenation ("can only concatenate str ..."), Stitch reports
# "unsupported operand type(s) for +=".
class B:
    pass
o = B()
for start, other in [('a', 1), ('a', 1.5), ((1,), 2), ([1], 3), ('a', None), ((), [])]:
    for target in ['local', 'item', 'attr']:
        lst = [start]
        o.v = start
        s = start
        try:
            if target == 'local':
                s += other
            elif target == 'item':
                lst[0] += other
            else:
                o.v += other
            print(target, 'ok')
        except TypeError as e:
            print(target, e)

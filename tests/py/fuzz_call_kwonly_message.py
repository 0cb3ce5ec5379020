# Found by stitch-fuzz (seeds 7009, 7010, 7020, ...): too many positional
# arguments together with keyword-only ones; CPython's message counts both.
def h(p, /, q, *, r):
    return (p, q, r)
def g(a, b=2, *, c, d=4):
    return a
for call in [lambda: h(1, 2, 3, r=4), lambda: g(1, 2, 3, c=1), lambda: g(1, 2, 3, c=1, d=2),
             lambda: g(1, 2, 3), lambda: h(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)

# Loops over generators: traces follow FOR_ITER_GEN into the generator's
# frame and its yield back into the loop; regions made in a generator's
# frame go on into the loop that resumed it.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def sparse(it):
    # Skips most items: several laps of its loop per item.
    for x in it:
        if x % 7 == 3:
            yield x


def squares(it):
    for x in it:
        yield x * x


def pairs(n):
    # Two yields per lap: resumed at either.
    for i in range(n):
        yield i
        yield -i


def perms(n):
    # Yields from inside an inner loop, as itertools' recipe does.
    idx = list(range(n))
    cyc = list(range(n, 0, -1))
    yield tuple(idx)
    while n:
        for i in reversed(range(n)):
            cyc[i] -= 1
            if cyc[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cyc[i] = n - i
            else:
                j = cyc[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                yield tuple(idx)
                break
        else:
            return


def simple_loops():
    t = 0
    for v in count(3000):
        t += v
    print("count", t)
    s = 0
    for k in range(20):
        for v in evens(count(300)):
            s += v
    print("evens", s)
    s = 0
    for v in sparse(count(5000)):
        s += v
    print("sparse", s)
    s = 0
    for v in squares(evens(squares(evens(count(4000))))):
        s += v % 1000
    print("pipeline", s)
    s = 0
    for v in pairs(2000):
        s += v * v
    print("pairs", s)
    c = 0
    first = last = None
    for p in perms(6):
        if first is None:
            first = p
        last = p
        c += p[0] - p[-1]
    print("perms", c, first, last)


def many_kinds():
    # One loop resuming generators of different functions in turn.
    gens = [count, lambda n: evens(count(n)), pairs, lambda n: squares(count(n))]
    total = 0
    for r in range(200):
        for v in gens[r % 4](30):
            total += v
    print("kinds", total)


def types_change():
    def mixed(n):
        for i in range(n):
            if i < n // 3:
                yield i
            elif i < 2 * n // 3:
                yield i * 0.5
            else:
                yield str(i)
    out = []
    acc = 0
    for v in mixed(3000):
        if isinstance(v, str):
            out.append(v)
        else:
            acc += v
    print("mixed", acc, len(out), out[:3], out[-1])


def errors():
    def boom(n, at):
        for i in range(n):
            if i == at:
                raise ValueError("boom at %d" % i)
            yield i
    s = 0
    try:
        for v in boom(3000, 2500):
            s += v
    except ValueError as e:
        print("caught", e, s)

    def finishes(n):
        for i in range(n):
            yield i
        return "done"
    s = 0
    for v in finishes(2500):
        s += v
    else:
        print("finished", s)

    def cleanup(log):
        try:
            for i in range(10000):
                yield i
        finally:
            log.append("cleaned")
    log = []
    g = cleanup(log)
    for v in g:
        if v == 2000:
            break
    print("before close", log)
    g.close()
    print("after close", log)

    def handles():
        for i in range(3000):
            try:
                if i % 1000 == 999:
                    raise KeyError(i)
                yield i
            except KeyError as e:
                yield -1 - e.args[0]
    neg = [v for v in handles() if v < 0]
    s = 0
    for v in handles():
        s += v
    print("handled", neg, s)


def reentrant():
    # The loop body resumes the same generator itself.
    g = count(6000)
    s = 0
    for v in g:
        s += v
        if v % 3 == 0:
            s += 10 * next(g, 0)
    print("reentrant", s)

    # A generator resumed by the loop while it is running raises.
    def selfish():
        for i in range(5):
            yield i
        yield from_inside()
    def from_inside():
        try:
            for v in gen_ref[0]:
                return v
        except ValueError as e:
            return str(e)
    gen_ref = [None]
    gen_ref[0] = selfish()
    print("selfish", list(gen_ref[0]))


LIMIT = 5


def globals_change():
    global LIMIT
    def upto(n):
        for i in range(n):
            yield i if i < LIMIT else LIMIT
    s = 0
    for v in upto(4000):
        s += v
        if v == 2000:
            pass
        if s > 6000 and LIMIT == 5:
            LIMIT = 7
    print("limit", s, LIMIT)


def recursion():
    def walk(n):
        if n == 0:
            yield 0
            return
        for v in walk(n - 1):
            yield v + 1
        yield n
    s = 0
    for k in range(100):
        for v in walk(12):
            s += v
    print("walk", s)

    def deep(n):
        for v in deep(n + 1) if n < 2000 else count(3):
            yield v
    try:
        print("deep", sum(1 for _ in deep(0)))
    except RecursionError:
        print("deep recursion error")


def not_started_and_exhausted():
    g = count(3)
    print(list(g), list(g))
    s = 0
    for r in range(500):
        g = count(r % 5)
        for v in g:
            s += v
        for v in g:
            s += 1000
    print("exhausted", s)


simple_loops()
many_kinds()
types_change()
errors()
reentrant()
globals_change()
recursion()
not_started_and_exhausted()

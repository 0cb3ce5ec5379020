"""A sample exercising most constructs, used by the mutation fuzzer."""
import os, sys as system
from collections import OrderedDict as OD, defaultdict
from . import sibling

CONST = (1, 2.5, "three", b"four", None, True, ...)


def decorator(arg=None, *args, key="k", **kwargs):
    def wrap(fn):
        nonlocal arg
        arg = fn
        return fn
    return wrap


@decorator(1)
class Base(object, metaclass=type):
    """Doc."""
    attr: int = 3
    __private = 4

    def method(self, x, /, y=2, *rest, z, **kw) -> "Base":
        total = 0
        for i, (a, b) in enumerate(zip(rest, rest[1:])):
            if a < b <= z or not x:
                continue
            elif a is None:
                break
            total += a * b
        else:
            total -= 1
        while total > 10 and y:
            total //= 2
        return super().method(total)

    @property
    def prop(self):
        return self.__private


def generator(items):
    seen = set()
    try:
        for item in items:
            if item in seen:
                raise ValueError(f"dup {item!r:>5} {len(seen)=}")
            seen.add(item)
            received = yield item
            if received:
                yield from received
    except (ValueError, KeyError) as err:
        print("error", err, file=system.stderr)
        raise RuntimeError("wrapped") from err
    except Exception:
        pass
    else:
        print("ok")
    finally:
        seen.clear()


def comprehensions(data):
    squares = [x * x for x in data if x % 2]
    pairs = {k: v for k, v in zip(data, data[::-1])}
    unique = {abs(x) for x in data}
    nested = [[y for y in range(x)] for x in data]
    total = sum(x for x in data)
    if any((found := x) > 3 for x in data):
        print(found)
    return squares, pairs, unique, nested, total


def contexts(path):
    with open(path) as fh, open(path + ".bak", "w") as out:
        for line in fh:
            out.write(line)
            if not line:
                return None
    lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
    first, *middle, last = [1, 2, 3, 4]
    middle[0], last = last, middle[0]
    del middle[1:], first
    assert last, "must be set"
    global CONST
    CONST = CONST + (lam,)
    return {**OD(), "x": [*middle, *range(3)]}


if __name__ == "__main__":
    print(Base().method(1, z=3), *comprehensions([1, 2, 3]), sep=", ", end="\n")

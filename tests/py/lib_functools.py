import functools
import operator
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper,
                       cmp_to_key, total_ordering, singledispatch)


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 'init'))
print(reduce(operator.add, ['a', 'b', 'c']), reduce(operator.add, [5]))
print(reduce(lambda a, b: [b] + a, [1, 2, 3], []))
print(reduce(operator.add, [], None))
show('reduce empty', lambda: reduce(operator.add, []))
show('reduce noniter', lambda: reduce(operator.add, 5))
show('reduce one arg', lambda: reduce(operator.add))
print(reduce(max, (x * x % 7 for x in range(10))))


# partial
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


p = partial(f, 1)
print(p(2), p(2, 3), p(2, d=5), p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=7)
print(p2(), p2(c=9), p2.func is f, p2.args, p2.keywords)
p3 = partial(f, b=2)
print(p3(1), p3(1, b=5), p3.keywords)
print(repr(partial(len))[:42])
r = repr(partial(f, 1, 'x', d=4))
print(r.startswith('functools.partial(<function f at 0x'), r.endswith(">, 1, 'x', d=4)"))
print(repr(partial(max, 3, key=abs)))
print(repr(partial(partial(max, 1), 2)))
show('partial noncallable', lambda: partial(5))
show('partial noargs', lambda: partial())
show('partial call error', lambda: partial(f)(1))
print(type(p).__name__, isinstance(p, partial))
p.attr = 1
print(p.attr, partial(p, 2).func is p)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=10))
print(list(map(partial(pow, 2), range(6))))


# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5), sq.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)


print(fib2(30), fib2.cache_info())


@lru_cache(maxsize=0)
def ident(x):
    return x


print(ident(1), ident(1), ident.cache_info())


@lru_cache(typed=True)
def typed_f(x):
    calls.append(('typed', x))
    return x


calls.clear()
print(typed_f(1), typed_f(1.0), typed_f(1), typed_f.cache_info(), calls)


@lru_cache()
def untyped(x, y=0):
    return (x, y)


print(untyped(1), untyped(1.0), untyped(1, y=2), untyped(1, y=2), untyped.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(10), fact(5), fact.cache_info())
show('lru bad', lambda: lru_cache('x'))
show('unhashable', lambda: sq([1]))


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info())


class C:
    @lru_cache(maxsize=8)
    def m(self, x):
        return x * 2

    def __hash__(self):
        return 1

    def __eq__(self, o):
        return isinstance(o, C)


print(C().m(3), C().m(3), C.m.cache_info())


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@deco
def documented(x):
    """Doc string here."""
    return x + 1


documented.__dict__  # noqa
print(documented(1), documented.__name__, documented.__doc__, documented.__qualname__)
print(documented.__wrapped__.__name__, documented.__module__)


def target():
    pass


target.extra = 'yes'


def wrapper():
    pass


res = update_wrapper(wrapper, target)
print(res is wrapper, wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)


class Outer:
    def meth(self):
        "M doc"


def w2():
    pass


update_wrapper(w2, Outer.meth)
print(w2.__name__, w2.__qualname__, w2.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)


def rev(a, b):
    return cmp(b, a)


print(sorted([5, 2, 8, 1], key=cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k2 >= k1, k1.obj)
show('cmp_to_key hash', lambda: hash(k1))
show('cmp_to_key other', lambda: k1 < 5)
print(max([3, 9, 4], key=cmp_to_key(cmp)), min('zay', key=cmp_to_key(cmp)))


# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v


a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(sorted([V(3), V(1), V(2)])[0].v)
show('cmp notimpl', lambda: a <= 5)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2))


@total_ordering
class LE:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __le__(self, o):
        return self.v <= o.v


print(LE(1) < LE(2), LE(2) > LE(1), LE(2) >= LE(2), LE(1) > LE(1))


def no_order():
    @total_ordering
    class N:
        pass


show('total_ordering none', no_order)


# singledispatch
@singledispatch
def describe(x):
    return 'object %r' % (x,)


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register
def _(x: list):
    return 'list of %d' % len(x)


describe.register(str, lambda x: 'str ' + x)
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(2.5))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), '__name__') else None)
print(describe.__name__, sorted(k.__name__ for k in describe.registry))


# cached_property
class CP:
    def __init__(self):
        self.n = 0

    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n * 10


cp = CP()
print(cp.val, cp.val, cp.n)
del cp.val
print(cp.val, cp.n)


# more edge cases
show('functools.reduce kw', lambda: functools.reduce(operator.add, [1], initial=3))
show('partial kw override', lambda: functools.partial(dict, a=1)(a=2, b=3))
show('partial repr kw', lambda: repr(functools.partial(dict, a=1, b='x')))
show('partial eq', lambda: functools.partial(len) == functools.partial(len))
@functools.lru_cache
def kf(a=0, b=0): return a+b
kf(a=1, b=2); kf(b=2, a=1); kf(1, 2)
print(kf.cache_info())
show('singledispatch noargs', lambda: (functools.singledispatch(lambda x: x))())
show('wraps partial repr', lambda: type(functools.wraps(len)).__name__)


# mixed usage of the three modules
from itertools import *
from functools import *
def g(*a): return a
class A:
    f = partial(g, 1)
    @lru_cache
    def m(self, x): return (x, 'm')
    @cache
    def n(self): return 'n'
print(A().f(2), A().m(3), A().n(), A.m.__qualname__, A.n.__name__)
def noisy(name, n):
    for i in range(n):
        print(name, i)
        yield i
print(list(zip_longest(noisy('a', 2), noisy('b', 1))))
print(list(product(noisy('p', 2), noisy('q', 2))))
t1, t2 = tee(noisy('t', 3))
print(next(t1), next(t1), next(t2), list(t1), list(t2))
for k, grp in groupby(noisy('g', 4), lambda x: x // 2):
    print('key', k)
print(list(chain.from_iterable(noisy('c', 2) for _ in range(2))))
@total_ordering
class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
class Sub(Base): pass
print(Sub(1) <= Sub(1), Sub(2) > Sub(1), Base.__le__.__name__)
@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o): return self.v <= o.v
print(Both(1) < Both(2), Both(1) >= Both(2))
class MyPartial(partial): pass
mp = MyPartial(g, 1)
print(repr(mp)[:20], mp(2), type(MyPartial(mp, 3)).__name__, MyPartial(mp, 3).args)
p = partial(g, 1); p.x = 5
print(partial(p, 2).args, partial(p, 2).func is p)
print(list(accumulate(range(5), initial=None)))
print(list(islice(accumulate(count(1), operator.mul), 6)))
print(reduce(operator.or_, [{1}, {2}, {3}]))
@singledispatch
def h(x): return 'base'
@h.register
def _(x: int): return 'int'
class MyInt(int): pass
print(h(MyInt(1)), h('x'), h.dispatch(MyInt) is h.dispatch(int))
show('sd bad', lambda: h.register(5, lambda x: x))
show('tee obj', lambda: [list(x) for x in tee([1, 2], 3)])
print(operator.attrgetter('v', 'v')(Base(3)), operator.itemgetter(-1)('xyz'))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=operator.itemgetter(1)))
print(list(map(operator.methodcaller('strip', 'x'), ['xax', 'bx'])))
print(list(dropwhile(lambda x: x < 3, count())) [:0] if False else list(islice(dropwhile(lambda x: x < 3, count()), 3)))


# partialmethod, wraps of builtins, LRU eviction order
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
def w(): pass
update_wrapper(w, partial(len))
print(w.__name__, w.__wrapped__.func)
@wraps(len)
def w2(x): return 1
print(w2.__name__, w2.__doc__[:20], w2.__module__)
def plain(): pass
@lru_cache(maxsize=3)
def a(x): return x
for i in [1,2,3,1,4,2,5,1]: a(i)
print(a.cache_info())
print(cache(lambda: 1).cache_info(), lru_cache(None)(len).cache_info())
print(lru_cache(5, True)(len).cache_parameters())

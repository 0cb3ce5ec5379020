import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.pow(2, -1))
print(operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(0))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.not_([1]), operator.truth([]), operator.truth('x'))
a = [1]
print(operator.is_(a, a), operator.is_(a, [1]), operator.is_not(a, [1]), operator.is_not(None, None))
print(operator.contains([1, 2], 2), operator.contains('abc', 'd'))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_({1, 2}, {2, 3}))
print(operator.index(7), operator.index(True))
print(operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.concat((1,), (2,)))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
show('indexOf missing', lambda: operator.indexOf([1, 2], 5))
show('concat int', lambda: operator.concat(1, 2))
show('index float', lambda: operator.index(1.5))
show('add mismatch', lambda: operator.add(1, 'a'))
show('truediv zero', lambda: operator.truediv(1, 0))
show('neg str', lambda: operator.neg('a'))


class Idx:
    def __index__(self):
        return 42


print(operator.index(Idx()))

d = {'a': 1}
operator.setitem(d, 'b', 2)
print(d, operator.getitem(d, 'a'))
operator.delitem(d, 'a')
print(d)
lst = list(range(10))
print(operator.getitem(lst, slice(2, 5)))
operator.setitem(lst, slice(0, 3), ['x'])
operator.delitem(lst, slice(-2, None))
print(lst)
show('getitem missing', lambda: operator.getitem({}, 'k'))
show('getitem range', lambda: operator.getitem([], 3))

# in-place
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, y is x)
print(operator.iadd(1, 2), operator.isub(5, 3), operator.imul('ab', 3), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 4))
print(operator.irshift(64, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1}
print(operator.ior(s, {2}), s)
t = (1,)
print(operator.iconcat(t, (2,)), t)
show('iconcat int', lambda: operator.iconcat(1, 2))


class LH:
    def __length_hint__(self):
        return 4


class LHBad:
    def __length_hint__(self):
        return -1


print(operator.length_hint([1, 2, 3]), operator.length_hint(LH()), operator.length_hint(5, 9))
show('length_hint neg', lambda: operator.length_hint(LHBad()))

# itemgetter
g = itemgetter(1)
print(g('ABCDEFG'), g([10, 20]), repr(g))
g = itemgetter(1, 3, 5)
print(g('ABCDEFG'), repr(g))
g = itemgetter('name', 0)
print(g({'name': 'n', 0: 'zero'}), repr(g))
print(repr(itemgetter(slice(2, None))), itemgetter(slice(2, None))('ABCDEFG'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])))
show('itemgetter missing', lambda: itemgetter(5)([1]))
show('itemgetter noargs', lambda: itemgetter())
show('itemgetter key', lambda: itemgetter('k')({}))
print(type(itemgetter(1)).__name__)


# attrgetter
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = None


p = Pt(1, 2)
p.inner = Pt(3, 4)
print(attrgetter('x')(p), attrgetter('x', 'y')(p), attrgetter('inner.y')(p))
print(attrgetter('inner.x', 'y', 'inner.inner')(p))
print(repr(attrgetter('x')), repr(attrgetter('x', 'inner.y')))
show('attrgetter missing', lambda: attrgetter('z')(p))
show('attrgetter dotted missing', lambda: attrgetter('inner.z')(p))
show('attrgetter int', lambda: attrgetter(1))
show('attrgetter noargs', lambda: attrgetter())
pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
print([q.x for q in sorted(pts, key=attrgetter('x'))], [q.x for q in sorted(pts, key=attrgetter('y'))])
print(attrgetter('real', 'imag', 'denominator')(7))

# methodcaller
m = methodcaller('upper')
print(m('abc'), repr(m))
m = methodcaller('split', ',', 1)
print(m('a,b,c'), repr(m))
m = methodcaller('replace', 'a', 'b')
print(m('banana'))
m = methodcaller('get', 'k', default=None)
print(repr(m))
m = methodcaller('to_bytes', 2, byteorder='big')
print(m(258), repr(m))
show('methodcaller missing', lambda: methodcaller('nope')(1))
show('methodcaller int', lambda: methodcaller(5))
show('methodcaller noargs', lambda: methodcaller())

print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
import functools
print(functools.reduce(operator.add, range(10)))
print(operator.__add__(1, 2), operator.__getitem__('ab', 1))
print(operator.add.__name__, operator.itemgetter.__name__)


# more edge cases
show('itemgetter kw', lambda: operator.itemgetter(1, x=2))
show('attrgetter call none', lambda: operator.attrgetter('x')(None))
show('methodcaller kw only', lambda: operator.methodcaller('format', x=1)('{x}'))
show('lru kw order', lambda: None)
print(operator.itemgetter(1)([1,2]), operator.attrgetter('__name__')(len))
show('operator.is_none', lambda: operator.truth(None))
show('mod str', lambda: operator.mod('%s-%s', (1, 2)))
show('matmul', lambda: operator.matmul(1, 2))
show('concat list tuple', lambda: operator.concat([1], (2,)))
show('contains int', lambda: operator.contains(5, 1))
show('setitem tuple', lambda: operator.setitem((1,), 0, 2))
show('delitem missing', lambda: operator.delitem({}, 'x'))
show('countOf noniter', lambda: operator.countOf(5, 1))
show('index str', lambda: operator.index('1'))
show('ilshift list', lambda: operator.imul([1], 2))

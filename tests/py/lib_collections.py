from collections import deque, defaultdict, OrderedDict, namedtuple, Counter
from collections.abc import (Iterable, Iterator, Sized, Container, Callable,
    Hashable, Sequence, MutableSequence, Mapping, MutableMapping, Set,
    MutableSet, Generator, Reversible, Collection, KeysView, ItemsView,
    ValuesView)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

# ---- deque
d = deque([1, 2, 3], maxlen=3)
d.append(4); print(d, d.maxlen)
d.appendleft(0); print(d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d2 = deque()
print(d2, len(d2), bool(d2))
err(d2.pop)
err(d2.popleft)
d2.extend('abc'); d2.extendleft('xy'); print(d2)
print(d2.pop(), d2.popleft(), d2)
print(d2[0], d2[-1], d2.count('a'), d2.index('b'))
err(d2.index, 'q')
err(d2.__getitem__, 10)
d2.insert(1, 'Z'); print(d2)
d2.remove('Z'); print(d2)
err(d2.remove, 'Q')
d2.reverse(); print(d2, list(d2), list(reversed(d2)))
d2[0] = 'first'; print(d2)
del d2[0]; print(d2)
d2.clear(); print(d2)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
err(deque, [1], -1)
full = deque([1, 2], maxlen=2)
err(full.insert, 0, 5)
print(deque(range(5), maxlen=0), deque('ab') + deque('cd'), deque('ab') * 2)
dd3 = deque(range(10)); dd3.rotate(3); print(dd3); dd3.rotate(-13); print(dd3)
print(3 in dd3, 42 in dd3)

# ---- defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b']
print(dd, dd['b'], len(dd))
print(isinstance(dd, dict), dd.default_factory)
di = defaultdict(int)
for w in 'the cat the hat the end'.split():
    di[w] += 1
print(sorted(di.items()), di)
dn = defaultdict()
print(dn)
err(dn.__getitem__, 'missing')
err(defaultdict, 5)
print(dd.get('zz'), 'zz' in dd)
dc = dd.copy(); print(type(dc).__name__, dc)

# ---- OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1)]))
o1 = OrderedDict([('a', 1), ('b', 2)]); o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 == OrderedDict([('a', 1), ('b', 2)]))
err(o1.move_to_end, 'zz')
err(OrderedDict().popitem)
print(list(o1.keys()), list(o1.values()), list(o1.items()), list(reversed(o1)))
o1['c'] = 3; del o1['a']; print(o1)
print(OrderedDict.fromkeys('xyz', 0))

# ---- namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2))
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
x, y = p; print(x + y)
print(isinstance(p, tuple), hash(p) == hash((1, 2)), Point.__slots__)
err(Point, 1)
err(Point, 1, 2, 3)
err(Point._make, [1, 2, 3])
err(p._replace, z=3)
err(setattr, p, 'x', 10)
P3 = namedtuple('P3', 'a b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
P4 = namedtuple('P4', 'a, b')
print(P4(b=2, a=1))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
err(namedtuple, 'Bad', ['1x'])
err(namedtuple, 'Bad', ['def'])
err(namedtuple, 'Bad', ['_x'])
err(namedtuple, 'Bad', ['a', 'a'])
err(namedtuple, 'Bad', 'a b', defaults=[1, 2, 3])
err(namedtuple, 'class', 'a')

class Pt(namedtuple('PtBase', 'x y')):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm1(), Pt(3, -4))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

# ---- Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2))
print(list(c.elements()), c.total(), c['zzz'])
print(Counter(), Counter({'a': 3, 'b': 1}), Counter(a=2, b=5))
c2 = Counter('aab'); c2.update('bbc'); print(c2)
c2.subtract('aaaz'); print(c2)
c2.update({'q': 2}); print(c2)
print(+c2, -c2)
a = Counter(a=3, b=1, c=2); b = Counter(a=1, b=2, d=5)
print(a + b, a - b, a & b, a | b)
print(a == Counter(c=2, b=1, a=3), a == Counter(a=3), Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
err(Counter.fromkeys, 'abc')
err(lambda: Counter(a=1) + 1)
del c['a']; del c['nope']; print(c)
ties = Counter(['x', 'y', 'z', 'y', 'x', 'w'])
print(ties.most_common(), ties.most_common(3))
a += Counter(a=-5); print(a)
print(sorted(Counter('hello world').items()))

# ---- abc
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance('s', Hashable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance([], Iterable))
print(isinstance((i for i in []), Generator), isinstance(len, Callable), isinstance(3, Callable))
print(isinstance({}.keys(), Set), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(frozenset(), Set))
print(issubclass(list, Sized), issubclass(str, Container), issubclass(int, Iterable), issubclass(dict, Reversible))
print(issubclass(tuple, Sequence), issubclass(str, Sequence), issubclass(range, Sequence), issubclass(list, Collection))
print(isinstance(deque(), MutableSequence), isinstance(deque(), Iterable), isinstance(Counter(), Mapping))
print(isinstance(p, Sequence), isinstance(dd, MutableMapping))

class Seqish:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
    def __contains__(self, x): return True
print(isinstance(Seqish(), Iterable), isinstance(Seqish(), Sized), isinstance(Seqish(), Collection), isinstance(Seqish(), Sequence))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(NoHash, Hashable))

class MyMap(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), m.get('z', 0), list(m.keys()), list(m.items()), list(m.values()))
print('a' in m, 'z' in m, m == {'a': 1, 'b': 2}, m == {'a': 1}, isinstance(m, Mapping), isinstance(m, MutableMapping))
print(len(m.keys()), ('a', 1) in m.items(), 2 in m.values(), m.keys() & {'a', 'q'})
err(Mapping)
err(MyMap.__init__)

class MyMut(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MyMut()
mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(sorted(mm.items()), mm.pop('x'), mm.pop('nope', 'dflt'), len(mm))
err(mm.pop, 'nope')
mm.clear(); print(len(mm))

class MySeq(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
s = MySeq(5, 6, 7, 6)
print(list(s), 6 in s, 9 in s, s.index(7), s.count(6), list(reversed(s)))
err(s.index, 99)

class MyList(MutableSequence):
    def __init__(self): self._a = []
    def __getitem__(self, i): return self._a[i]
    def __setitem__(self, i, v): self._a[i] = v
    def __delitem__(self, i): del self._a[i]
    def __len__(self): return len(self._a)
    def insert(self, i, v): self._a.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse()
print(list(ml), ml.pop(), ml.pop(0), list(ml))
ml.remove(2); print(list(ml))

class Incomplete(MutableSequence):
    def __getitem__(self, i): return 0
err(Incomplete)

class MySet(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
s1 = MySet([1, 2, 3]); s2 = MySet([2, 3, 4])
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 - s2), sorted(s1 ^ s2), s1 <= s2, MySet([2]) < s1, s1 == MySet([3, 2, 1]), s1.isdisjoint([9]))

class Reg: pass
print(issubclass(Reg, Sequence))
Sequence.register(Reg)
print(issubclass(Reg, Sequence), isinstance(Reg(), Sequence), issubclass(Reg, Iterable))

# ---- more cases
from collections import *
from collections.abc import *
d = deque([1, 2]); d.append(d); print(d)
print(deque('abc', 2), deque(maxlen=2), deque(range(3)).copy())
err(deque, 1)
err(deque, [], 'x')
d = deque([1,2,3]); d += [4]; print(d); d *= 2; print(d); print(2 * deque([1]))
err(lambda: deque([1]) + [2])
print(d[-1], d[2])
err(d.__getitem__, 'x')
d.rotate(0); d.rotate(100); print(d)
d5 = deque([1,2,3,4,5], 5); d5.extendleft([9, 8]); print(d5)
print(d5.index(3, 1), d5.index(3, -5))
err(d5.index, 3, 0, 2)
dd = defaultdict(lambda: 'x'); print(dd[1], dict(dd))
print(defaultdict(list, a=1), defaultdict(int, [('a', 1)]))
print(defaultdict(int) == {}, defaultdict(int, a=1) | {'b': 2}, type(defaultdict(int, a=1) | {'b': 2}).__name__)
class MyDD(defaultdict): pass
print(MyDD(int), repr(MyDD(int, a=1)))
od = OrderedDict.fromkeys('abcde')
print(od.pop('c'), od, od.setdefault('z', 9), od)
err(od.pop, 'q')
print(od.pop('q', 0))
od2 = od.copy(); print(od2 == od, od2 is od, type(od2).__name__)
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))
err(OrderedDict, 1, 2)
print(repr(OrderedDict([(1, [2])])))
class OD(OrderedDict): pass
print(OD(a=1))
Point = namedtuple('Point', 'x y')
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point._field_defaults, Point.__match_args__)
print(Point(1, 2).__getnewargs__(), Point(x=3, y=4), Point._make(range(2)))
err(Point, 1, 2, z=3)
err(Point, 1, x=2)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
S = namedtuple('S', 'a')
print(S(1), S._make([5]))
err(namedtuple, 'X', 'a b', defaults=5)
print(namedtuple('W', 'a b', defaults=None)(1, 2))
print(Point(1, 2) + (3,), Point(1, 2)[::-1], Point(1, 2) * 2, max(Point(1, 5)))


c = Counter('mississippi')
print(c, c.most_common(0), c.most_common(-1), c.most_common(10))
c.update(Counter(s=-4)); print(c)
c.update(); c.subtract(); print(c)
print(Counter(a=0, b=-1), +Counter(a=0, b=-1), -Counter(a=0, b=-1))
c3 = Counter(a=1); c3 -= Counter(a=5); print(c3)
c4 = Counter(a=2, b=3); c4 &= Counter(a=1); print(c4)
c5 = Counter(a=2); c5 |= Counter(a=3, b=1); print(c5)
print(Counter(a=1) == {'a': 1}, Counter() == Counter(a=0))
print(Counter({'a': 1.5, 'b': 0.5}), Counter(x=1).total(), Counter().total())
print(Counter(['a', 'b', 'a']).keys(), list(Counter('aab').values()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z'))
cm2 = cm.new_child(); cm2['c'] = 5; print(cm2, cm2.parents)
print(issubclass(OrderedDict, MutableMapping), issubclass(Counter, Mapping), isinstance(cm, MutableMapping))
print(Sequence.__name__, Sequence.__module__, Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}))
print(sorted(MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))
print(isinstance(b'', ByteString) if 'ByteString' in dir() else '', isinstance('', Reversible), isinstance({}, Reversible))
print(isinstance(range(3), Sequence), isinstance(memoryview(b'') if 'memoryview' in dir(__builtins__) else (), Sequence))
print(isinstance(iter(range(3)), Iterator), isinstance(reversed([]), Iterator), isinstance(zip(), Iterator), isinstance(map(str, []), Iterator), isinstance(enumerate([]), Iterator))
print(isinstance(object(), Hashable), isinstance({}, Hashable), isinstance(set(), Hashable), isinstance(frozenset(), Hashable))
print(isinstance(print, Callable), isinstance(type, Callable), isinstance(lambda: 0, Callable), isinstance([].append, Callable))
def gen(): yield 1
g = gen(); print(isinstance(g, Iterator), isinstance(g, Generator), issubclass(type(g), Iterable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Generator))
print(dict(Counter('abc') + Counter('bcd')))
err(issubclass, 1, Iterable)
print(MutableMapping.register(int) is int, isinstance(1, MutableMapping))

# ---- deque random operations
seed = [7]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % (1 << 31)
    return seed[0] % n
for maxlen in (None, 5, 50, 0):
    d = deque(maxlen=maxlen)
    log = []
    for i in range(1500):
        op = rnd(12)
        try:
            if op < 3: d.append(i)
            elif op < 5: d.appendleft(i)
            elif op < 7: log.append(d.popleft())
            elif op < 8: log.append(d.pop())
            elif op < 9: d.rotate(rnd(7) - 3)
            elif op < 10: d.extend(range(rnd(40)))
            elif op < 11: d.extendleft(range(rnd(40)))
            else: log.append(d[rnd(len(d))] if d else None); d.remove(d[0]) if d else None
        except IndexError as e:
            log.append(str(e))
        if i % 500 == 0:
            print(len(d), list(d)[:5], repr(d)[-30:])
    print(len(log), sum(x for x in log if isinstance(x, int)), log[-10:], list(d)[-10:], len(d))
big = deque()
for i in range(20000): big.append(i)
t = 0
while big: t += big.popleft()
print(t)
for i in range(10000): big.appendleft(i)
print(len(big), big[0], big[-1])

# ---- OrderedDict views
from collections import OrderedDict as O
from collections.abc import KeysView, ItemsView
o=O(a=1,b=2); k=o.keys(); print(k, o.values(), o.items(), list(reversed(k)), list(reversed(o.items())), k & {'a'}, len(k), 'a' in k, type(k).__name__, k == {'a','b'}, ('a',1) in o.items(), list(reversed(o.values())))
print(O().keys(), isinstance(k, KeysView), isinstance(o.items(), ItemsView), sorted(o.items() | {('z', 0)}))
o['c'] = 3; print(k, list(o), list(o.items()), [v for v in o.values()], dict(o), O(o.items()) == o)
o.move_to_end('a'); print(o.keys(), o, o.popitem(False))

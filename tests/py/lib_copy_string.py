import copy
import string


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

# ---- shallow copy
l = [1, [2, 3], {'a': 4}]
c = copy.copy(l)
print(c, c == l, c is l, c[1] is l[1])
d = {'x': [1], 'y': (2, 3)}
dc = copy.copy(d); print(dc, dc is d, dc['x'] is d['x'])
s = {1, 2, 3}; sc = copy.copy(s); print(sorted(sc), sc is s)
t = (1, [2]); print(copy.copy(t) is t, copy.copy('abc'), copy.copy(42), copy.copy(None), copy.copy(3.5))
fs = frozenset([1]); print(copy.copy(fs) is fs, copy.copy(len) is len, copy.copy(int) is int)

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __repr__(self):
        return 'Plain(%r, %r)' % (self.a, self.b)

p = Plain(1, [2])
pc = copy.copy(p)
print(pc, pc is p, pc.b is p.b, type(pc).__name__)
pd = copy.deepcopy(p)
print(pd, pd.b is p.b, pd.b == p.b)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

so = Slotted([5])
sc2 = copy.copy(so); print(sc2.x, sc2.x is so.x, hasattr(sc2, 'y'))
sd = copy.deepcopy(so); print(sd.x, sd.x is so.x)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return WithCopy(self.v + 100)

w = WithCopy(1)
print(copy.copy(w).v, copy.deepcopy(w).v, copy.deepcopy([w])[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        print('setstate', sorted(st.items()))
        self.__dict__.update(st)
        self.b = 'restored'

sx = copy.copy(State()); print(sx.a, sx.b)
sy = copy.deepcopy(State()); print(sy.a, sy.b)

class Red:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Red, (self.n * 10,))
print(copy.copy(Red(2)).n, copy.deepcopy(Red(3)).n)

# ---- deepcopy
nested = [1, [2, [3, [4]]], {'k': [5]}, (6, [7])]
dn = copy.deepcopy(nested)
print(dn, dn == nested, dn[1] is nested[1], dn[1][1] is nested[1][1], dn[3] is nested[3])
tt = (1, 2, (3, 'x'))
print(copy.deepcopy(tt) is tt)
cyc = [1, 2]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[2] is dcyc, dcyc[2] is cyc, len(dcyc))
dd = {'self': None}
dd['self'] = dd
ddc = copy.deepcopy(dd); print(ddc['self'] is ddc, ddc is dd)
shared = [0]
pair = [shared, shared]
pc2 = copy.deepcopy(pair); print(pc2[0] is pc2[1], pc2[0] is shared)
memo = {}
a1 = copy.deepcopy(shared, memo)
a2 = copy.deepcopy(shared, memo)
print(a1 is a2, id(shared) in memo)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is n1)

class LL(list):
    pass
class DD(dict):
    pass
ll = LL([1, [2]]); ll.attr = 'x'
llc = copy.copy(ll); print(type(llc).__name__, llc, llc.attr, llc[1] is ll[1])
lld = copy.deepcopy(ll); print(type(lld).__name__, lld, lld.attr, lld[1] is ll[1])
ddd = DD(a=[1]); dddc = copy.deepcopy(ddd); print(type(dddc).__name__, dddc, dddc['a'] is ddd['a'])
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque
P = namedtuple('P', 'x y')
pp = P(1, [2]); ppc = copy.deepcopy(pp); print(ppc, ppc.y is pp.y, copy.copy(pp) == pp)
print(copy.deepcopy(OrderedDict(a=1, b=[2])), copy.copy(Counter('aab')))
dfd = defaultdict(list, {'a': [1]}); dfc = copy.deepcopy(dfd); print(dfc, dfc['a'] is dfd['a'])
dfs = copy.copy(dfd); print(dfs, dfs['a'] is dfd['a'])
dq = deque([[1], [2]], maxlen=5); dqc = copy.deepcopy(dq); print(dqc, dqc[0] is dq[0]); print(copy.copy(dq))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
err(copy.deepcopy, (x for x in []))

# ---- string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.printable))
print(repr(string.whitespace))
print(len(string.printable), len(string.punctuation))
print(string.capwords('hello   world  foo'), string.capwords(' aBC dEF '), string.capwords('a-b-c', '-'))
print(string.capwords(''), repr(string.capwords('x,,y', ',')))
T = string.Template('$who likes $what, ${who}s and $$')
print(T.substitute(who='tim', what='kung pao'))
print(T.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(string.Template('$x and $y').safe_substitute(x=1))
err(string.Template('$x and $y').substitute, x=1)
err(string.Template('cost: $ 5').substitute)
print(string.Template('cost: $ 5').safe_substitute())
err(string.Template('ab\ncd $!').substitute)
err(string.Template('$').substitute)
err(string.Template('${1}').substitute)
print(string.Template('$a$b ${c}d $$x').substitute(a=1, b=2, c=3))

# ---- more copy cases
class NeedsArgs:
    def __init__(self, a):
        print('init called'); self.a = a
n = NeedsArgs(1); print(copy.copy(n).a, copy.deepcopy(n).a)
class SS(set): pass
s = SS([1, 2]); s.tag = 't'; sc = copy.copy(s); print(type(sc).__name__, sorted(sc), sc.tag)
sd = copy.deepcopy(s); print(type(sd).__name__, sorted(sd), sd.tag)
fs = frozenset([(1, 2)]); print(copy.deepcopy(fs) == fs)
print(copy.deepcopy(b'abc'), copy.deepcopy(range(3)), copy.deepcopy(int) is int)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(f) is f)
class Both:
    __slots__ = ('a', '__dict__')
b = Both(); b.a = [1]; b.z = 2
bc = copy.deepcopy(b); print(bc.a, bc.z, bc.a is b.a)
class Priv:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 5
    def get(self): return self.__p
print(copy.copy(Priv()).get())
class TS(tuple): pass
ts = TS((1, [2])); tc = copy.copy(ts); print(type(tc).__name__, tc, tc is ts)
td = copy.deepcopy(ts); print(type(td).__name__, td, td[1] is ts[1])
class IS(int): pass
print(type(copy.copy(IS(5))).__name__, copy.deepcopy(IS(7)))
class StrS(str): pass
print(repr(copy.deepcopy(StrS('hi'))), type(copy.copy(StrS('x'))).__name__)
print(copy.deepcopy([[]] * 3)[0] is copy.deepcopy([[]] * 3)[1])
x = [[]] * 3; y = copy.deepcopy(x); print(y[0] is y[1], y[0] is x[0])
t = ([],); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[0] is t[0])
cyc_t = ([],); cyc_t[0].append(cyc_t); ct = copy.deepcopy(cyc_t); print(ct[0][0] is ct, ct is cyc_t)
class RE:
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto); return (RE, ())
print(type(copy.copy(RE())).__name__)
class Bad:
    def __reduce_ex__(self, p): return 42
err(copy.copy, Bad())
err(copy.deepcopy, Bad())
class GS:
    def __init__(self): self.x = 1
    def __getstate__(self): return None
g = copy.copy(GS()); print(hasattr(g, 'x'))

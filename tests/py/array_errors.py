# array.array: range and type checks of every typecode and the error
# messages of constructors, methods and operators (as CPython 3.11).
from array import array as A


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


# --- item ranges per typecode ---
values = [2**70, -2**70, 2**64, 2**63, 2**32, 2**31, 70000, 40000, 300, 200,
          -1, -129, -40000, -2**40]
for tc in 'bBhHiIlLqQ':
    for v in values:
        attempt('%s %d' % (tc, v), A, tc, [v])
    for v in [1.5, '1', None, b'x']:
        attempt('%s %r' % (tc, v), A, tc, [v])


class Idx:
    def __index__(self):
        return 5


attempt('i Idx', A, 'i', [Idx()])
attempt('B Idx', A, 'B', [Idx(), True])
for tc in 'fd':
    for v in [1, 'x', None, 2**2000, 1.5, Idx()]:
        attempt('%s %s' % (tc, type(v).__name__), A, tc, [v])
for v in ['x', 'xy', '', 1, None, b'x']:
    attempt('u %r' % (v,), A, 'u', [v])

# --- constructor ---
attempt('array()', A)
attempt('bad typecode', A, 'z')
attempt('typecode str', A, 'ii')
attempt('typecode int', A, 5)
attempt('typecode bytes', A, b'i')
attempt('init int', A, 'i', 5)
attempt('init str', A, 'i', 'abc')
attempt('init unicode array', A, 'd', A('u', 'ab'))
attempt('u from int array', A, 'u', A('i', [65]))
attempt('init bytes', A, 'i', b'\x01\x00\x00')
attempt('keywords', A, 'i', typecode='i')
attempt('3 args', A, 'i', [1], 2)
attempt('partial', A, 'b', [1, 2, 300, 4])

# --- methods ---
a = A('i', [1, 2, 3, 4, 5])
attempt('a[5]', a.__getitem__, 5)
attempt('a[-6]', a.__getitem__, -6)
attempt('a["x"]', a.__getitem__, 'x')
attempt('a[1.0]', a.__getitem__, 1.0)
attempt('a[5] = 1', a.__setitem__, 5, 1)
attempt('a[0] = "x"', a.__setitem__, 0, 'x')
attempt('a[0] = 2**40', a.__setitem__, 0, 2**40)
attempt('del a[5]', a.__delitem__, 5)
attempt('a[0:2] = list', a.__setitem__, slice(0, 2), [1, 2])
attempt('a[0:2] = int', a.__setitem__, slice(0, 2), 5)
attempt('a[0:2] = d array', a.__setitem__, slice(0, 2), A('d', [1.0]))
attempt('a[::2] = short', a.__setitem__, slice(0, 5, 2), A('i', [1]))
attempt('pop(10)', a.pop, 10)
attempt('pop empty', A('i').pop)
attempt('pop str', a.pop, 'x')
attempt('remove(9)', a.remove, 9)
attempt('index(9)', a.index, 9)
attempt('index(1, 1)', a.index, 1, 1)
attempt('count(x)', a.count, 'x')
attempt('fromlist tuple', a.fromlist, (1,))
attempt('fromlist bad', a.fromlist, [6, 'x'])
print(a)
attempt('frombytes str', a.frombytes, 'ab')
attempt('frombytes odd', a.frombytes, b'abc')
attempt('frombytes int', a.frombytes, 5)
attempt('frombytes h array', a.frombytes, A('h', [1, 2]))
attempt('extend d array', a.extend, A('d'))
attempt('extend int', a.extend, 5)
attempt('extend bad item', a.extend, [6, 'x'])
print(a)
attempt('append big', a.append, 2**40)
attempt('append float', a.append, 1.0)
attempt('insert str index', a.insert, 'x', 1)
attempt('insert 1 arg', a.insert, 1)
attempt('fromunicode on i', a.fromunicode, 'x')
attempt('tounicode on i', a.tounicode)
attempt('fromunicode int', A('u').fromunicode, 5)
attempt('hash', hash, a)
attempt('[] in set', set, [a])

# --- operators ---
attempt('a + list', lambda: a + [1])
attempt('a + d array', lambda: a + A('d'))
attempt('a * str', lambda: a * 'x')
attempt('float * a', lambda: 1.5 * a)


def iadd_list():
    b = A('i')
    b += [1]


def iadd_other():
    b = A('i')
    b += A('b')


attempt('a += list', iadd_list)
attempt('a += b array', iadd_other)
attempt('a == list', lambda: a == [1, 2])
attempt('a != list', lambda: a != [1, 2])

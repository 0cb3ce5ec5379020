# struct: error classes and messages (range checks differ between byte
# orders as in CPython 3.11), format errors, argument errors.
import struct


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print([c.__name__ for c in struct.error.__mro__])
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', repr(e), e.args)

# --- integer ranges ---
big = 2**70
for order in ['', '<', '>', '=', '!']:
    for code in 'bBhHiIlLqQ':
        fmt = order + code
        for v in [big, -big, 2**64, 2**63, 2**32, 2**31, 70000, 300, -1, -129]:
            attempt('pack(%r, %r)' % (fmt, v), struct.pack, fmt, v)
for fmt in ['n', 'N', 'P']:
    for v in [big, 2**64, 2**63, -1, -2**63 - 1]:
        attempt('pack(%r, %r)' % (fmt, v), struct.pack, fmt, v)

# --- non-integers for integer codes ---
for v in [1.5, '1', None, b'1', [1]]:
    attempt('pack(i, %r)' % (v,), struct.pack, 'i', v)
    attempt('pack(>Q, %r)' % (v,), struct.pack, '>Q', v)


class BadIndex:
    def __index__(self):
        return 'x'


class Boom:
    def __index__(self):
        raise ValueError('boom')

    def __bool__(self):
        raise RuntimeError('no truth')


attempt('bad __index__', struct.pack, 'i', BadIndex())
attempt('raising __index__', struct.pack, 'h', Boom())
attempt('raising __bool__', struct.pack, '?', Boom())

# --- floats ---
for fmt in ['f', '<f', '>f', 'e', '<e', '>e', 'd']:
    for v in [1e300, 3.4028236e38, 65520.0, 65519.0, 'x', None, 2**128, 10**400]:
        attempt('pack(%r, %.6g)' % (fmt, v) if isinstance(v, float) else
                'pack(%r, %s)' % (fmt, type(v).__name__), struct.pack, fmt, v)

# --- chars and strings ---
for v in [b'ab', b'', 'a', 97]:
    attempt('pack(c, %r)' % (v,), struct.pack, 'c', v)
attempt('pack(3s, str)', struct.pack, '3s', 'abc')
attempt('pack(p, int)', struct.pack, 'p', 5)

# --- formats ---
for fmt in ['z', 'i<', '3 i', '3', '12', '<n', '>N', '!P', 'i\0', 'é', 'ii#',
            '999999999999999999999i', '4611686018427387904i', 'T', '{', 'Z']:
    attempt('calcsize(%r)' % fmt, struct.calcsize, fmt)
for fmt in [5, None, ['i'], 1.0]:
    attempt('calcsize(%r)' % (fmt,), struct.calcsize, fmt)
    attempt('Struct(%r)' % (fmt,), struct.Struct, fmt)
attempt('Struct()', struct.Struct)
attempt('Struct(z)', struct.Struct, 'z')

# --- item counts ---
attempt('pack()', struct.pack)
attempt('pack(ii, 1)', struct.pack, 'ii', 1)
attempt('pack(ii, 1, 2, 3)', struct.pack, 'ii', 1, 2, 3)
attempt('pack(3s, )', struct.pack, '3s')
attempt('pack(x, 1)', struct.pack, 'x', 1)
attempt('pack(0i, 1)', struct.pack, '0i', 1)
attempt('Struct.pack', struct.Struct('<hh').pack, 1)
attempt('calcsize()', struct.calcsize)

# --- unpack buffers ---
attempt('unpack(i, 3 bytes)', struct.unpack, 'i', b'abc')
attempt('unpack(i, 5 bytes)', struct.unpack, 'i', b'abcde')
attempt('unpack(i, str)', struct.unpack, 'i', 'abcd')
attempt('unpack(i, list)', struct.unpack, 'i', [1, 2, 3, 4])
attempt('unpack(i, None)', struct.unpack, 'i', None)
attempt('unpack(i)', struct.unpack, 'i')
attempt('unpack(i, b, b)', struct.unpack, 'i', b'', b'')
attempt('Struct.unpack', struct.Struct('>d').unpack, b'1234')
buf = bytes(8)
for off in [0, 4, 5, 8, -4, -2, -8, -9, -12]:
    attempt('unpack_from(i, 8 bytes, %d)' % off, struct.unpack_from, 'i', buf, off)
attempt('unpack_from offset str', struct.unpack_from, 'i', buf, 'x')
attempt('unpack_from offset float', struct.unpack_from, 'i', buf, 1.0)
attempt('unpack_from offset huge', struct.unpack_from, 'i', buf, 2**70)
attempt('unpack_from 4 args', struct.unpack_from, 'i', buf, 0, 1)
attempt('unpack_from bad kw', struct.unpack_from, 'i', buf, bogus=1)
attempt('unpack_from no buffer', struct.unpack_from, 'i')
attempt('unpack_from str', struct.unpack_from, 'i', 'abcd')
attempt('iter_unpack size', struct.iter_unpack, 'hh', b'\x01\x00\x02')
attempt('iter_unpack empty fmt', struct.iter_unpack, '', b'abc')
attempt('iter_unpack str', struct.iter_unpack, 'h', 'ab')
attempt('iter_unpack 1 arg', struct.iter_unpack, 'h')

# --- pack_into needs a writable buffer ---
attempt('pack_into bytes', struct.pack_into, 'i', b'1234', 0, 1)
attempt('pack_into str', struct.pack_into, 'i', 'abcd', 0, 1)
attempt('pack_into list', struct.pack_into, 'i', [0, 0, 0, 0], 0, 1)
attempt('pack_into no offset', struct.pack_into, 'i', b'1234')
attempt('pack_into no buffer', struct.pack_into, 'i')
attempt('pack_into nothing', struct.pack_into)
attempt('pack_into too few', struct.pack_into, 'ii', b'12345678', 0, 1)

# struct: pack/unpack round trips for every code and byte order, sizes and
# native alignment, strings, floats ('e'/'f' rounding), big ints, the
# Struct class, unpack_from and iter_unpack.
import struct

# --- calcsize: native alignment vs standard sizes ---
for fmt in ['', 'i', 'ci', '@ci', '=ci', '<ci', '>ci', '!ci', 'ic', 'c0i',
            'xi', 'hq', 'qh', 'bhilq', '<bhilq', 'cP', 'cn', 'cN', 'ce',
            'cf', 'cd', 'c?', '3s', '0s', '0i', '5p', ' 2h 3i ', '10x',
            'lL', '<lL', 'e', b'ii']:
    print(repr(fmt), struct.calcsize(fmt))

# --- integer codes in every byte order ---
for order in ['', '@', '=', '<', '>', '!']:
    for code, values in [('b', [-128, -1, 0, 127]), ('B', [0, 200, 255]),
                         ('h', [-32768, -2, 300, 32767]), ('H', [0, 65535]),
                         ('i', [-2**31, -5, 2**31 - 1]), ('I', [0, 2**32 - 1]),
                         ('l', [-2**31, 2**31 - 1]), ('L', [0, 2**32 - 1]),
                         ('q', [-2**63, -1, 2**63 - 1]), ('Q', [0, 2**63, 2**64 - 1])]:
        fmt = order + code
        for v in values:
            b = struct.pack(fmt, v)
            back = struct.unpack(fmt, b)
            print(fmt, v, b, back, back[0] == v)

# --- native-only codes ---
for fmt, v in [('n', -2**63), ('n', 12345), ('N', 2**64 - 1), ('P', 0),
               ('P', 2**64 - 1), ('l', -2**63), ('L', 2**64 - 1)]:
    b = struct.pack(fmt, v)
    print(fmt, v, b, struct.unpack(fmt, b))

# --- bools, chars, padding ---
print(struct.pack('???', 0, 'x', []), struct.unpack('???', b'\x00\x01\x07'))
print(struct.pack('c3xc', b'a', b'z'), struct.unpack('c3xc', b'a\x00\x00\x00z'))
print(struct.pack('2c', b'\x00', b'\xff'))
print(struct.pack('x'), struct.pack('4x'), struct.unpack('2x', b'ab'))
print(struct.pack('>?h?', True, -2, False))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(struct.pack('<ihQ', Idx(7), Idx(-3), Idx(2**64 - 1)), struct.pack('i', True))

# --- strings: s pads/truncates, p is a Pascal string ---
for fmt, v in [('5s', b'ab'), ('2s', b'abcdef'), ('0s', b'xyz'), ('s', b''),
               ('5p', b'ab'), ('3p', b'abcdef'), ('1p', b'abc'), ('p', b'')]:
    b = struct.pack(fmt, v)
    print(fmt, v, b, struct.unpack(fmt, b))
print(struct.unpack('4p', b'\x09abc'), struct.unpack('4p', b'\x02abc'))
print(struct.pack('300p', b'x' * 290)[:3], len(struct.pack('300p', b'x' * 290)))
print(struct.pack('<h3sih', 1, b'abc', 2, 3))
print(struct.unpack('<h3sih', struct.pack('<h3sih', 1, b'abc', 2, 3)))
print(struct.unpack('@h3sih', struct.pack('@h3sih', 1, b'abc', 2, 3)))

# --- floats ---
for fmt in ['d', '<d', '>d', 'f', '<f', '>f', 'e', '<e', '>e']:
    for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-5, 65504.0, 7, float('inf'),
              float('-inf')]:
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b))
    nan = struct.unpack(fmt, struct.pack(fmt, float('nan')))[0]
    print(fmt, 'nan', nan != nan)

# half precision rounding and subnormals
for v in [1.0009765625, 1.00048828125, 1.000732421875, 2049.0, 2051.0,
          65519.99, 6e-8, 3e-8, 2.9e-8, 1e-10, 5.960464477539063e-08,
          6.097555160522461e-05, 0.333251953125, -1e-4]:
    b = struct.pack('<e', v)
    print('e', v, b, struct.unpack('<e', b)[0])

# single precision rounding and the native 'f' overflow (no error)
for v in [0.1, 3.4028234663852886e+38, 3.4028235677973366e+38, 1e-45, 1e-46,
          16777217.0, 1e300]:
    b = struct.pack('f', v)
    print('f', v, b, struct.unpack('f', b)[0])
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'),
      struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x7b\xff'))

# --- several values ---
data = struct.pack('<3i2d', 1, 2, 3, 0.5, -0.25)
print(data, len(data))
print(struct.unpack('<3i2d', data))
print(struct.pack('>hhl', 1, 2, 3), struct.unpack('>hhl', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
print(struct.unpack('<5B', b'hello'), struct.unpack('>2H', b'\x12\x34\x56\x78'))
rec = struct.pack('<I8sd?', 42, b'widget', 9.75, True)
print(rec, struct.unpack('<I8sd?', rec))

# --- unpack_from / iter_unpack ---
buf = bytes(range(16))
print(struct.unpack_from('<i', buf), struct.unpack_from('<i', buf, 4))
print(struct.unpack_from('<2h', buf, offset=10), struct.unpack_from('<h', buffer=buf))
print(struct.unpack_from('<i', buf, -4), struct.unpack_from('>Q', buf, 8))
print(struct.unpack_from('', buf, 16))
it = struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04\xff\xff\xff')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print([t for t in struct.iter_unpack('>H', b'\x00\x01\x00\x02\x01\x00')])
print(list(struct.iter_unpack('4s', b'')))

# --- the Struct class ---
s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__)
print(s.pack(1, -2), s.unpack(b'\x01\x00\x00\x00\xfe\xff'))
print(s.unpack_from(b'\x00' * 3 + b'\x05\x00\x00\x00\x06\x00', 3))
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
s2 = struct.Struct(b'>d')
print(s2.format, s2.size, s2.pack(1.5), s2.unpack(s2.pack(-8.25)))
print(struct.Struct('3s 2x ?').size, struct.Struct('').pack())
print(isinstance(s, struct.Struct), struct.Struct.__name__)

# --- big ints and exact boundaries ---
print(struct.pack('>Q', 2**64 - 1), struct.pack('<q', -2**63))
print(struct.unpack('<Q', b'\xff' * 8)[0] + 1, struct.unpack('<q', b'\x00' * 7 + b'\x80'))
print(struct.pack('<QQ', 12345678901234567890, 2**63 + 5))
print(struct.unpack('>QqQ', struct.pack('>QqQ', 2**64 - 2, -2**62, 2**40)))

# --- arrays are bytes-like ---
from array import array
print(struct.unpack('<2h', array('h', [1, -2])), struct.unpack_from('<d', array('d', [0.5, 2.0]), 8))
print(list(struct.iter_unpack('<i', array('i', [5, 6, 7]))))

# --- pack_into writes into a writable buffer (here an array) ---
target = array('B', bytes(8))
print(struct.pack_into('<hi', target, 1, -2, 0x01020304), target)
struct.pack_into('>h', target, -2, 0x0506)
print(target)
struct.Struct('<H').pack_into(target, 0, 65535)
print(target)
try:
    struct.pack_into('<ii', target, 0, 7, 'x')
except struct.error as e:
    print(type(e).__name__, e, target)
try:
    struct.pack_into('<i', target, 6, 1)
except struct.error as e:
    print(type(e).__name__, e)
wide = array('h', [0, 0, 0])
struct.pack_into('<bb', wide, 1, 1, 2)
print(wide)

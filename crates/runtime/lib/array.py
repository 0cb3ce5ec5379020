"""Arrays of numeric values (Stitch's implementation).

An array holds values of one C type, given by its typecode:

    b  signed char         1     B  unsigned char       1
    u  wchar_t (a str)     4
    h  signed short        2     H  unsigned short      2
    i  signed int          4     I  unsigned int        4
    l  signed long         8     L  unsigned long       8
    q  signed long long    8     Q  unsigned long long  8
    f  float               4     d  double              8

The values are kept as Python objects, checked and converted as CPython
3.11 stores them in C (same ranges, same messages; 'f' values are rounded
to single precision). The byte representation (tobytes, frombytes,
byteswap) is the native one, produced with `_struct`.
"""

from _struct import pack as _pack, unpack as _unpack, _tobytes

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# The struct code of each typecode's bytes ('u' items are code points).
_STRUCT_CODE = {'u': 'I'}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_LIMIT = 1 << 64


# ----- item conversion (CPython's *_setitem functions) ---------------------

def _index(v):
    """operator.index(v) as a plain int."""
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    r = m(v)
    if not isinstance(r, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(r).__name__)
    return int(r)


def _c_long(v):
    x = _index(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return x


def _c_ulong(v):
    x = _index(v)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= _ULONG_LIMIT:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return x


def _c_short(v):
    x = _c_long(v)
    if x < -32768:
        raise OverflowError('signed short integer is less than minimum')
    if x > 32767:
        raise OverflowError('signed short integer is greater than maximum')
    return x


def _c_int(v):
    x = _c_long(v)
    if x < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    if x > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    return x


def _conv_b(v):
    x = _c_short(v)
    if x < -128:
        raise OverflowError('signed char is less than minimum')
    if x > 127:
        raise OverflowError('signed char is greater than maximum')
    return x


def _conv_B(v):
    x = _c_long(v)
    if x < 0:
        raise OverflowError('unsigned byte integer is less than minimum')
    if x > 255:
        raise OverflowError('unsigned byte integer is greater than maximum')
    return x


def _conv_H(v):
    x = _c_int(v)
    if x < 0:
        raise OverflowError('unsigned short is less than minimum')
    if x > 65535:
        raise OverflowError('unsigned short is greater than maximum')
    return x


def _conv_I(v):
    x = _c_ulong(v)
    if x > 4294967295:
        raise OverflowError('unsigned int is greater than maximum')
    return x


def _conv_q(v):
    x = _index(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise OverflowError('int too big to convert')
    return x


def _conv_Q(v):
    x = _index(v)
    if x < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if x >= _ULONG_LIMIT:
        raise OverflowError('int too big to convert')
    return x


def _conv_d(v):
    """PyFloat_AsDouble(v)."""
    if type(v) is float:
        return v
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    t = type(v)
    if getattr(t, '__float__', None) is not None or \
            getattr(t, '__index__', None) is not None:
        return float(v)
    raise TypeError('must be real number, not %s' % t.__name__)


def _conv_f(v):
    # Rounded to single precision like a C float (overflow gives inf).
    return _unpack('f', _pack('f', _conv_d(v)))[0]


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return str(v)


_CONVERT = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _c_short,
            'H': _conv_H, 'i': _c_int, 'I': _conv_I, 'l': _c_long,
            'L': _c_ulong, 'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f,
            'd': _conv_d}


def _ssize(v, error=OverflowError,
           message='Python int too large to convert to C ssize_t'):
    i = _index(v)
    if i < _LONG_MIN or i > _LONG_MAX:
        raise error(message)
    return i


def _array_index(i):
    """An array subscript as an int, or CPython's TypeError."""
    if type(i) is int:
        return i
    if isinstance(i, int) or getattr(type(i), '__index__', None) is not None:
        return _ssize(i, IndexError, "cannot fit 'int' into an index-sized integer")
    raise TypeError('array indices must be integers')


def _type_name(v):
    return type(v).__name__


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, a str (for 'u' arrays) or an iterable over
    elements of the appropriate type.
    """

    __slots__ = ('_tc', '_conv', '_items')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            'not %s' % _type_name(typecode))
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._conv = _CONVERT[typecode]
        self._items = []
        if len(args) == 1:
            return self
        init = args[1]
        if typecode != 'u':
            if isinstance(init, str):
                raise TypeError('cannot use a str to initialize an array '
                                "with typecode '%s'" % typecode)
            if isinstance(init, array) and init._tc == 'u':
                raise TypeError('cannot use a unicode array to initialize an '
                                "array with typecode '%s'" % typecode)
        if isinstance(init, (list, tuple)):
            conv = self._conv
            self._items = [conv(v) for v in init]
        elif isinstance(init, bytes) or _type_name(init) == 'bytearray':
            self.frombytes(init)
        elif isinstance(init, str):
            self._items = list(init)
        elif isinstance(init, array) and init._tc == typecode:
            self._items = list(init._items)
        else:
            self.extend(iter(init))
        return self

    # ----- attributes ------------------------------------------------------

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory
        address and the length in items of the buffer."""
        return (id(self._items), len(self._items))

    # ----- list-like methods -----------------------------------------------

    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, bb):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        conv = self._conv
        items = self._items
        for v in bb:
            items.append(conv(v))

    def insert(self, *args):
        """insert(i, v, /)

        Insert a new item v into the array before position i."""
        if len(args) != 2:
            raise TypeError('insert expected 2 arguments, got %d' % len(args))
        i = _ssize(args[0])
        self._items.insert(i, self._conv(args[1]))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array.

        i defaults to -1."""
        i = _ssize(i)
        items = self._items
        n = len(items)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return items.pop(i)

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        items = self._items
        for i in range(len(items)):
            if items[i] == v:
                del items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=_LONG_MAX):
        """Return index of first occurrence of v in the array.

        Raise ValueError if the value is not present."""
        items = self._items
        n = len(items)
        start = _ssize(start)
        stop = _ssize(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, len(items))):
            if items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        """Return number of occurrences of v in the array."""
        n = 0
        for x in self._items:
            if x == v:
                n += 1
        return n

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        conv = self._conv
        self._items.extend([conv(v) for v in list_])

    # ----- bytes and str -----------------------------------------------------

    def _format(self, n, order=''):
        code = self._tc
        code = _STRUCT_CODE.get(code, code)
        if order and code in 'lL':
            code = 'q' if code == 'l' else 'Q'
        return '%s%d%s' % (order, n, code)

    def tobytes(self):
        """Convert the array to an array of machine values and return the
        bytes representation."""
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _pack(self._format(len(items)), *items)

    def frombytes(self, buffer):
        """Appends items from the bytes-like object, interpreting it as an
        array of machine values, as if it had been read from a file using
        the fromfile() method."""
        if (isinstance(buffer, array) or _type_name(buffer) == 'memoryview') \
                and buffer.itemsize != 1:
            raise TypeError('a bytes-like object is required')
        data = _tobytes(buffer)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _unpack(self._format(len(data) // size), data)
        if self._tc == 'u':
            values = [chr(c) for c in values]
        self._items.extend(values)

    def _write_bytes(self, offset, data):
        """Overwrite the machine bytes at `offset` with `data` (for
        `struct.pack_into`)."""
        raw = self.tobytes()
        raw = raw[:offset] + data + raw[offset + len(data):]
        items = _unpack(self._format(len(self._items)), raw)
        if self._tc == 'u':
            items = [chr(c) for c in items]
        self._items[:] = items

    def byteswap(self):
        """Byteswap all items of the array."""
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        n = len(items)
        swapped = _unpack(self._format(n, '<'), _pack(self._format(n, '>'), *items))
        if self._tc == 'u':
            swapped = [chr(c) for c in swapped]
        self._items[:] = swapped

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % _type_name(ustr))
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end
        of the array."""
        n = _ssize(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError('read() didn\'t return enough bytes')

    # ----- sequence protocol -----------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        for x in self._items:
            if x == v:
                return True
        return False

    def __getitem__(self, i):
        if type(i) is not int:
            if isinstance(i, slice):
                return _make(self._tc, self._items[i])
            i = _array_index(i)
        items = self._items
        n = len(items)
        if -n <= i < n:
            return items[i]
        raise IndexError('array index out of range')

    def __setitem__(self, i, v):
        items = self._items
        if type(i) is int or not isinstance(i, slice):
            if type(i) is not int:
                i = _array_index(i)
            n = len(items)
            if not -n <= i < n:
                raise IndexError('array assignment index out of range')
            items[i] = self._conv(v)
            return
        if not isinstance(v, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % _type_name(v))
        if v._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        new = list(v._items)
        start, stop, step = i.indices(len(items))
        if step == 1:
            items[start:max(start, stop)] = new
            return
        length = len(range(start, stop, step))
        if not new:
            del items[i]
        elif len(new) != length:
            raise ValueError('attempt to assign array of size %d to extended '
                             'slice of size %d' % (len(new), length))
        else:
            items[i] = new

    def __delitem__(self, i):
        items = self._items
        if isinstance(i, slice):
            del items[i]
            return
        i = _array_index(i)
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise IndexError('array assignment index out of range')
        del items[i]

    # ----- operators -------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % _type_name(other))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return _make(self._tc, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % _type_name(other))
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(n))
        return _make(self._tc, self._items * _ssize(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(n))
        self._items *= _ssize(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a = self._items
        b = other._items
        if len(a) != len(b) and op < 2:
            return op == 1
        i = 0
        n = min(len(a), len(b))
        while i < n and a[i] == b[i]:
            i += 1
        if i >= n:
            x, y = len(a), len(b)
        else:
            x, y = a[i], b[i]
            if op < 2:
                return op == 1
        if op == 0:
            return x == y
        if op == 1:
            return x != y
        if op == 2:
            return x < y
        if op == 3:
            return x <= y
        if op == 4:
            return x > y
        return x >= y

    def __eq__(self, other):
        return self._compare(other, 0)

    def __ne__(self, other):
        return self._compare(other, 1)

    def __lt__(self, other):
        return self._compare(other, 2)

    def __le__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __hash__(self):
        name = 'array.array' if type(self) is array else type(self).__name__
        raise TypeError("unhashable type: '%s'" % name)

    # ----- other protocols -------------------------------------------------

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._tc, self._items)

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return _make(self._tc, list(self._items))

    def __deepcopy__(self, memo):
        return _make(self._tc, list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)),
                getattr(self, '__dict__', None))


def _make(typecode, items):
    """A new array (of the base class) holding the converted `items`."""
    a = object.__new__(array)
    a._tc = typecode
    a._conv = _CONVERT[typecode]
    a._items = items
    return a


ArrayType = array

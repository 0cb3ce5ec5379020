"""Functions to convert between Python values and C structs.

Python bytes objects are used to hold the data representing the C struct.
The conversions are done by the built-in `_struct` module (Stitch's own,
with CPython 3.11's formats and messages); this module re-exports them and
adds the `Struct` class and `iter_unpack`'s iterator.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]

import _struct
from _struct import *
from _struct import _clearcache

_MISSING = object()


class unpack_iterator:
    """The iterator `iter_unpack` returns: one tuple per struct."""

    __slots__ = ('_items', '_index')
    __module__ = '_struct'

    def __iter__(self):
        return self

    def __next__(self):
        i = self._index
        if i >= len(self._items):
            raise StopIteration
        self._index = i + 1
        return self._items[i]

    def __length_hint__(self):
        return len(self._items) - self._index


def iter_unpack(*args):
    """iter_unpack(format, buffer, /)

    Return an iterator yielding tuples unpacked from the buffer, which
    must be a whole number of structs long."""
    it = object.__new__(unpack_iterator)
    it._items = _struct._iter_unpack(*args)
    it._index = 0
    return it


class Struct:
    """Struct(format)

    Create a compiled struct object: the methods take the same arguments
    as the module functions, without the format.
    """

    __slots__ = ('_format', '_size')
    __module__ = '_struct'

    def __init__(self, format=_MISSING):
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            'object, not %s' % type(format).__name__)
        self._size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self._format = format

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, *args):
        return pack_into(self._format, *args)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)


_struct.Struct = Struct
_struct.iter_unpack = iter_unpack

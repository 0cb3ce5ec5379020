"""Functional tools for creating and using iterators.

Written for Stitch from the documented behaviour of CPython 3.11's itertools.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MARKER = object()


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def _as_ssize(x):
    """Rough PyNumber_AsSsize_t(x, NULL): None if x is not an integer."""
    if isinstance(x, int):
        v = x
    else:
        m = getattr(type(x), '__index__', None)
        if m is None:
            return None
        v = m(x)
        if not isinstance(v, int):
            return None
    if v > _sys.maxsize or v < -_sys.maxsize - 1:
        return None
    return v


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if (isinstance(start, int) and isinstance(step, int) and step == 1
                and -_sys.maxsize - 1 <= start <= _sys.maxsize):
            start = int(start)
            step = 1
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        r = self._cnt
        self._cnt = r + self._step
        return r

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        if step is True:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=_MARKER):
        self._obj = object
        if times is _MARKER or times is None:
            if times is None:
                raise TypeError("'NoneType' object cannot be interpreted as an integer")
            self._cnt = -1
        else:
            if not isinstance(times, int):
                m = getattr(type(times), '__index__', None)
                if m is None:
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(times).__name__)
                times = m(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._cnt)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        _no_kwargs(type(self).__name__, kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        obj = cls.__new__(cls)
        obj._source = iter(iterable)
        obj._active = None
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        if n == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _as_ssize(a1)
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        else:
            a1 = args[1]
            a2 = args[2]
            if a1 is not None:
                start = _as_ssize(a1)
                if start is None:
                    start = -1
            if a2 is not None:
                stop = _as_ssize(a2)
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if n == 4 and args[3] is not None:
            step = _as_ssize(args[3])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class _GenWrapper:
    # Base for iterator classes whose elements come from a private generator.
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _required(name, iterable, r):
    if iterable is _MARKER:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if r is _MARKER:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)


def _check_r(r):
    if not isinstance(r, int):
        m = getattr(type(r), '__index__', None)
        if m is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(r).__name__)
        r = m(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenWrapper):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _check_r(r)
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    moved = indices[i]
                    del indices[i]
                    indices.append(moved)
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[k] for k in indices[:r]])
                    break
            else:
                return


class combinations(_GenWrapper):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable=_MARKER, r=_MARKER):
        _required('combinations', iterable, r)
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = self._run(pool, len(pool), r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        idx = list(range(r))
        yield tuple([pool[i] for i in idx])
        while True:
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
            yield tuple([pool[k] for k in idx])


class combinations_with_replacement(_GenWrapper):
    """Return successive r-length combinations of elements in the iterable
allowing individual elements to have successive repeats."""

    def __init__(self, iterable=_MARKER, r=_MARKER):
        _required('combinations_with_replacement', iterable, r)
        pool = tuple(iterable)
        r = _check_r(r)
        self._gen = self._run(pool, len(pool), r)

    @staticmethod
    def _run(pool, n, r):
        if not n and r:
            return
        idx = [0] * r
        yield tuple([pool[i] for i in idx])
        while True:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
            yield tuple([pool[k] for k in idx])


class product(_GenWrapper):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1, **kwargs):
        for k in kwargs:
            raise TypeError("%r is an invalid keyword argument for product()" % k)
        if not isinstance(repeat, int):
            m = getattr(type(repeat), '__index__', None)
            if m is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(repeat).__name__)
            repeat = m(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for p in pools:
            if not p:
                return
        n = len(pools)
        idx = [0] * n
        yield tuple([pools[i][idx[i]] for i in range(n)])
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[k][idx[k]] for k in range(n)])


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        if self._total is _MARKER:
            self._total = val
        elif self._func is None:
            self._total = self._total + val
        else:
            self._total = self._func(self._total, val)
        return self._total


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""

    def __init__(self, *iterables, fillvalue=None, **kwargs):
        if kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class starmap:
    """Return an iterator whose values are returned from the function evaluated
with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            else:
                a = self._tgtkey
                b = self._currkey
                if not (a is b or a == b):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARKER:
            gb._step()
        a = self._tgtkey
        b = gb._currkey
        if not (a is b or a == b):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _MARKER
        return r


_grouper.__module__ = 'itertools'


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._start:
                return item
            if not self._pred(item):
                self._start = True
                return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MARKER:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARKER
            raise
        old = self._old
        self._old = new
        return (old, new)


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data=_MARKER, selectors=_MARKER):
        if data is _MARKER:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MARKER:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            sel = next(self._selectors)
            if sel:
                return datum


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            ok = item if func is None else func(item)
            if not ok:
                return item


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._src = it._src
            self._node = it._node
        else:
            self._src = it
            self._node = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        nxt = node[1]
        if nxt is None:
            value = next(self._src)
            nxt = node[1]
            if nxt is None:
                nxt = [value, None]
                node[1] = nxt
        self._node = nxt
        return nxt[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._src = self._src
        new._node = self._node
        return new


_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        m = getattr(type(n), '__index__', None)
        if m is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        n = m(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), '__copy__', None)
    if copier is None:
        first = _tee(it)
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)

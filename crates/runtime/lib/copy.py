"""Generic (shallow and deep) copying operations (Stitch's implementation).

copy(x) returns a shallow copy, deepcopy(x, memo=None) a deep copy.  Classes
can customise copying with __copy__() and __deepcopy__(memo), or through the
pickle protocol (__reduce_ex__/__reduce__, __getnewargs__, __getstate__,
__setstate__).
"""


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _f():
    pass


class _C:
    def _m(self):
        pass


_atomic_types = set()
for _t in (type(None), int, float, bool, complex, str, bytes, type,
           range, type(_f), type(len), type(Ellipsis), type(NotImplemented),
           property, type(_f.__code__) if hasattr(_f, '__code__') else None,
           slice):
    if _t is not None:
        _atomic_types.add(_t)
del _t


def _is_atomic(cls):
    return cls in _atomic_types or issubclass(cls, type)


def _own_attr(cls, name):
    """Return cls's attribute `name` if a class other than a builtin defines it."""
    for base in cls.__mro__:
        if base in _builtin_skip:
            continue
        d = base.__dict__
        if name in d:
            return d[name]
    return None


_builtin_bases = (int, float, complex, str, bytes, tuple, frozenset)
_builtin_skip = set(_builtin_bases) | {object, list, dict, set, bool}


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = base.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reduce(x):
    """Return a reduction tuple (callable, args, state, listiter, dictiter)."""
    cls = type(x)
    reductor = _own_attr(cls, '__reduce_ex__')
    if reductor is not None:
        rv = x.__reduce_ex__(4)
        return _normalize(rv, x)
    reductor = _own_attr(cls, '__reduce__')
    if reductor is not None:
        rv = x.__reduce__()
        return _normalize(rv, x)
    # Default object reduction (protocol 2+ semantics).
    if type(x).__name__ in ('generator', 'coroutine', 'module', 'frame'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, (set, frozenset)):
        d = getattr(x, '__dict__', None)
        return (cls, (list(x),), dict(d) if d else None, None, None)
    getnewargs = _own_attr(cls, '__getnewargs__')
    if getnewargs is not None:
        args = x.__getnewargs__()
    elif False:
        args = getnewargs()
    else:
        args = ()
        for base in _builtin_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    getstate = _own_attr(cls, '__getstate__')
    if getstate is not None:
        state = x.__getstate__()
    else:
        d = getattr(x, '__dict__', None)
        state = dict(d) if d else None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listiter, dictiter)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _normalize(rv, x):
    if isinstance(rv, str):
        return None
    return rv


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    try:
        rv = _reduce(x)
    except Error:
        raise Error("un(shallow)copyable object of type %s" % cls)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is bytearray:
        y = bytearray(x)
        memo[d] = y
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    else:
        copier = getattr(x, '__deepcopy__', None) if not isinstance(x, type) else None
        if copier is not None:
            y = copier(memo)
        else:
            try:
                rv = _reduce(x)
            except Error:
                raise Error("un(deep)copyable object of type %s" % cls)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _own_attr(type(y), '__setstate__') is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y

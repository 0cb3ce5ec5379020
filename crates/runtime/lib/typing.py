"""Run-time support for type hints: the common names of `typing`, importable
and subscriptable, with CPython's reprs for the usual forms. Type checking
itself is not done at run time (as in CPython)."""

try:
    import collections.abc as _abc
except Exception:  # collections.abc unavailable: plain object stands in
    _abc = None

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        args = ', '.join(_type_repr(a) if not isinstance(a, list) else '[' + ', '.join(map(_type_repr, a)) + ']'
                         for a in self.__args__)
        return f'typing.{name}[{args}]' if self._name else f'{name}[{args}]'

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGeneric:
    """`List`, `Dict`, ...: aliases of the built-in classes."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __repr__(self):
        return f'typing.{self._name}'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


List = _SpecialGeneric(list, 'List')
Dict = _SpecialGeneric(dict, 'Dict')
Set = _SpecialGeneric(set, 'Set')
FrozenSet = _SpecialGeneric(frozenset, 'FrozenSet')
Tuple = _SpecialGeneric(tuple, 'Tuple')
Type = _SpecialGeneric(type, 'Type')
Iterable = _SpecialGeneric(getattr(_abc, 'Iterable', object), 'Iterable')
Iterator = _SpecialGeneric(getattr(_abc, 'Iterator', object), 'Iterator')
Generator = _SpecialGeneric(getattr(_abc, 'Generator', object), 'Generator')
Sequence = _SpecialGeneric(getattr(_abc, 'Sequence', object), 'Sequence')
MutableSequence = _SpecialGeneric(getattr(_abc, 'MutableSequence', object), 'MutableSequence')
Mapping = _SpecialGeneric(getattr(_abc, 'Mapping', object), 'Mapping')
MutableMapping = _SpecialGeneric(getattr(_abc, 'MutableMapping', object), 'MutableMapping')
AbstractSet = _SpecialGeneric(getattr(_abc, 'Set', object), 'AbstractSet')
MutableSet = _SpecialGeneric(getattr(_abc, 'MutableSet', object), 'MutableSet')
Callable = _SpecialGeneric(getattr(_abc, 'Callable', object), 'Callable')
Hashable = getattr(_abc, 'Hashable', object)
Sized = getattr(_abc, 'Sized', object)
Container = _SpecialGeneric(getattr(_abc, 'Container', object), 'Container')
Collection = _SpecialGeneric(getattr(_abc, 'Collection', object), 'Collection')
DefaultDict = _SpecialGeneric(dict, 'DefaultDict')
Counter = _SpecialGeneric(dict, 'Counter')
Deque = _SpecialGeneric(list, 'Deque')


class _SpecialForm:
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate typing.{self._name}')


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))


def _union(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(self, param):
    return _union(self, (param, None))


def _plain(self, params):
    return _GenericAlias(self, params, self._name)


Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _plain)
Final = _SpecialForm('Final', _plain)
Literal = _SpecialForm('Literal', _plain)
Annotated = _SpecialForm('Annotated', _plain)
Concatenate = _SpecialForm('Concatenate', _plain)
TypeGuard = _SpecialForm('TypeGuard', _plain)


class _AnyType:
    def __repr__(self):
        return 'typing.Any'

    def __instancecheck__(self, obj):
        raise TypeError('typing.Any cannot be used with isinstance()')


Any = _AnyType()
NoReturn = _SpecialForm('NoReturn', _plain)
Never = _SpecialForm('Never', _plain)
Self = _SpecialForm('Self', _plain)
LiteralString = _SpecialForm('LiteralString', _plain)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base class for generic classes: `class Box(Generic[T])`."""

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class Protocol(Generic):
    """Base class for structural types (no run-time checking unless runtime_checkable)."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    import collections
    if fields is None:
        fields = list(kwargs.items())
    return collections.namedtuple(typename, [f for f, _ in fields])


class TypedDict(dict):
    pass


Text = str
ByteString = bytes

"""Data classes: generated __init__, __repr__, __eq__, ordering and frozen
instances, with CPython's behaviour for the common options."""

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass',
           'FrozenInstanceError', 'MISSING', 'InitVar', 'KW_ONLY']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type=_FIELD)')

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _tuple_of(obj, fs):
    return tuple(getattr(obj, f.name) for f in fs)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    kw_only_default = kw_only
    own = []
    for name, type_ in annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_.endswith('KW_ONLY')):
            kw_only_default = True
            continue
        if isinstance(type_, str) and type_.startswith('ClassVar') or getattr(type_, '__origin__', None) is _ClassVarMarker:
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f'mutable default {type(default)} for field {name} is not allowed: use default_factory')
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        own.append(f)
        all_fields[name] = f
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))
    fs = list(all_fields.values())

    if init:
        _add_init(cls, fs, frozen)
    if repr:
        def __repr__(self):
            inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fs if f.repr)
            return f'{type(self).__qualname__}({inner})'
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        _set_new(cls, '__repr__', __repr__)
    cmp_fields = [f for f in fs if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                return NotImplemented
            method.__name__ = name
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, method)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hash_fields = [f for f in fs if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_explicit_hash or unsafe_hash:
            cls.__hash__ = lambda self: hash(_tuple_of(self, hash_fields))
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        try:
            sig = ', '.join(f'{f.name}: {getattr(f.type, "__name__", f.type)}' for f in fs)
            cls.__doc__ = f'{cls.__name__}({sig})'
        except Exception:
            pass
    cls.__match_args__ = tuple(f.name for f in fs if f.init and not f.kw_only)
    return cls


class _ClassVarMarker:
    pass


def _set_new(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _add_init(cls, fs, frozen):
    pos = [f for f in fs if f.init and not f.kw_only]
    kw = [f for f in fs if f.init and f.kw_only]
    seen_default = False
    for f in pos:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    env = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    params = []
    for f in pos + kw:
        if kw and f is kw[0]:
            params.append('*')
        if f.default is not MISSING:
            env[f'__dflt_{f.name}'] = f.default
            params.append(f'{f.name}=__dflt_{f.name}')
        elif f.default_factory is not MISSING:
            params.append(f'{f.name}=MISSING')
        else:
            params.append(f.name)
    body = []
    for f in fs:
        if f.init:
            if f.default_factory is not MISSING:
                env[f'__factory_{f.name}'] = f.default_factory
                value = f'(__factory_{f.name}() if {f.name} is MISSING else {f.name})'
            else:
                value = f.name
        else:
            if f.default_factory is not MISSING:
                env[f'__factory_{f.name}'] = f.default_factory
                value = f'__factory_{f.name}()'
            elif f.default is not MISSING:
                env[f'__dflt_{f.name}'] = f.default
                value = f'__dflt_{f.name}'
            else:
                continue
        if frozen:
            body.append(f'  __dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'  self.{f.name} = {value}')
    if '__post_init__' in dir(cls):
        body.append('  self.__post_init__()')
    if not body:
        body.append('  pass')
    src = f'def __init__(self, {", ".join(params)}):\n' + '\n'.join(body) + '\n'
    if not params:
        src = 'def __init__(self):\n' + '\n'.join(body) + '\n'
    ns = {}
    exec(src, env, ns)
    init = ns['__init__']
    init.__qualname__ = f'{cls.__qualname__}.__init__'
    _set_new(cls, '__init__', init)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

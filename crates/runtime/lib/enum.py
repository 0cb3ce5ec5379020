"""Enumerations: Enum, IntEnum, auto and unique, with CPython 3.11's reprs,
lookups and errors for the common uses."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'auto', 'unique']

_auto_null = object()


class auto:
    """Placeholder for a value chosen by `_generate_next_value_`."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class EnumMeta(type):
    def __new__(mcls, name, bases, namespace, **kwds):
        member_names = []
        body = {}
        for key, value in namespace.items():
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or key in ('_ignore_',):
                body[key] = value
            else:
                member_names.append((key, value))
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        cls = super().__new__(mcls, name, bases, body, **kwds)
        member_type = object
        for base in cls.__mro__[1:]:
            if base is object or isinstance(base, EnumMeta):
                continue
            member_type = base
            break
        cls._member_type_ = member_type
        if member_names:
            for base in bases:
                if isinstance(base, EnumMeta) and base._member_names_:
                    raise TypeError(f"{name}: cannot extend enumeration '{base.__name__}'")
        values_so_far = []
        for key, value in member_names:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, len(values_so_far), values_so_far[:])
                value = value.value
            values_so_far.append(value)
            if key in cls._member_map_:
                raise TypeError(f'{key!r} already defined as {cls._member_map_[key]._value_!r}')
            canonical = None
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is not None:
                cls._member_map_[key] = canonical
                type.__setattr__(cls, key, canonical)
                continue
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
            member._name_ = key
            member._value_ = value
            member.__objclass__ = cls
            init = cls.__dict__.get('__init__')
            if init is not None:
                init(member, *args)
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            type.__setattr__(cls, key, member)
        return cls

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def _create_(cls, class_name, names, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        for i, n in enumerate(names):
            if isinstance(n, str):
                items.append((n, start + i))
            else:
                items.append(tuple(n))
        if isinstance(names, dict):
            items = list(names.items())
        ns = {k: v for k, v in items}
        return EnumMeta.__new__(EnumMeta, class_name, (cls,), ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and "
                            f"'{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    def __new__(cls, value):
        return cls(value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        return f'<{type(self).__name__}.{self._name_}: {v}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(int, Enum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, Enum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration

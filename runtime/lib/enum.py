# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and EnumMeta (EnumType), as
# CPython 3.11's module. Written in Python, compiled with the program only when it imports the
# module: the metaclass turns a class body's plain values into members (instances of the
# class, with name and value), and looks them up by value when the class is called.
# Not provided: the functional API (`Enum('Color', 'RED GREEN')`), _missing_, _ignore_.


class auto:
    _count = 0

    def __init__(self):
        auto._count += 1
        self._order = auto._count
        self.value = None


def _is_descriptor(v):
    return isinstance(v, (staticmethod, classmethod, property, type)) or type(v) is type(_is_descriptor)


def _is_member(name, value):
    return not (name.startswith("_") or _is_descriptor(value))


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        names = [k for k, v in classdict.items() if _is_member(k, v)]
        values = {}
        for k in names:
            values[k] = classdict[k]
            del classdict[k]
        enum_class = super().__new__(metacls, cls, bases, classdict)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        for b in bases:
            if getattr(b, "_member_names_", None):
                raise TypeError("%s: cannot extend %r" % (cls, b))
        data_type = None
        for b in enum_class.__mro__:
            if b in (int, str, float):
                data_type = b
                break
        flag = any(getattr(b, "_flag_", False) for b in enum_class.__mro__)
        last = []
        for name in names:
            value = values[name]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(last), last[:])
            last.append(value)
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    enum_class._member_map_[name] = m
                    setattr(enum_class, name, m)
                    break
            else:
                args = value if isinstance(value, tuple) else (value,)
                if data_type is None:
                    member = object.__new__(enum_class)
                else:
                    member = data_type.__new__(enum_class, *args)
                init = enum_class.__dict__.get("__init__")
                if init is not None:
                    init(member, *args)
                member._name_ = name
                member._value_ = value if data_type is None or init is not None else data_type(*args)
                enum_class._member_names_.append(name)
                enum_class._member_map_[name] = member
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
                setattr(enum_class, name, member)
        enum_class._flag_ = flag
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        if cls._flag_ and isinstance(value, int):
            return cls._composite(value)
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (type(member).__qualname__, type(cls).__name__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if cls._flag_ and issubclass(cls, int):
            return "<flag %r>" % cls.__name__
        return "<%s %r>" % ("flag" if cls._flag_ else "enum", cls.__name__)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __repr__(self):
        v = self._value_
        shown = repr(v) if type(self).__repr__ is Enum.__repr__ else v.__repr__()
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, shown)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(str.__str__(self), spec)


class Flag(Enum):
    _flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _composite(cls, value):
        members = [m for m in cls if m._value_ & value == m._value_ and m._value_]
        covered = 0
        for m in members:
            covered |= m._value_
        if covered != value:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = object.__new__(cls) if not issubclass(cls, int) else int.__new__(cls, value)
        pseudo._name_ = "|".join(m._name_ for m in members) if members else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(iter(self)))

    def __or__(self, other):
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        everything = 0
        for m in type(self):
            everything |= m._value_
        return type(self)(everything & ~self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __or__(self, other):
        return type(self)(int(self) | int(other))

    def __and__(self, other):
        return type(self)(int(self) & int(other))


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration

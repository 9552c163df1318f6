# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and EnumType (EnumMeta), as
# CPython 3.11's module. Written in Python, compiled with the program only when it imports the
# module: the metaclass turns a class body's plain values into members (instances of the
# class, with name and value), and looks them up by value when the class is called (then
# `_missing_`); the functional API (`Enum('Color', 'RED GREEN')`). Flag values are named by
# their members as CPython 3.11's (STRICT boundary for Flag, KEEP for IntFlag). Not provided:
# FlagBoundary and the `boundary=` keyword.

_AUTO = object()
_type_of = type


class auto:
    def __init__(self, value=_AUTO):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    def __enum_auto__(self, ns, key):
        # The value of `key = auto()` in an enum's class body ns (an _EnumDict), as it is
        # assigned, so that the body may compute with it (`RW = R | W`). (Called by its
        # special name: a program naming no auto has none of this.)
        if self.value is _AUTO:
            ignore = ns.get("_ignore_", ())
            last = [v for k, v in ns.items() if _is_member(k, v) and k not in ignore]
            gnv = ns.get("_generate_next_value_")
            for b in reversed(ns._bases):
                if gnv is not None:
                    break
                gnv = getattr(b, "_generate_next_value_", None)
            self.value = getattr(gnv, "__func__", gnv)(key, 1, len(last), last)
        return self.value


class _member_property:
    # A member's attribute (`name`, `value`), which the class itself lacks (CPython's
    # DynamicClassAttribute): on the class, AttributeError, and so the class's __getattr__.
    def __init__(self, get):
        self.get = get

    def __get__(self, member, cls=None):
        if member is None:
            raise AttributeError(self.get.__name__)
        return self.get(member)


def _is_descriptor(v):
    return isinstance(v, (staticmethod, classmethod, property, type, _member_property)) or type(v) is type(_is_descriptor)


def _is_member(name, value):
    return not (name.startswith("_") or _is_descriptor(value))


class _EnumDict(dict):
    # The class body's namespace: gives an auto() its value when assigned, and keeps _ignore_
    # as a list of names.
    def __setitem__(self, key, value):
        if key == "_ignore_":
            value = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        f = getattr(type(value), "__enum_auto__", None)
        if f is not None:
            value = f(value, self, key)
        dict.__setitem__(self, key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        ns._bases = bases
        return ns

    def __new__(metacls, cls, bases, classdict, **kwds):
        classdict = dict(classdict)   # (a plain dict for the class: _EnumDict's state stays out)
        # The names _ignore_ lists (and _ignore_) are the class body's own: not members, not
        # attributes.
        for k in classdict.pop("_ignore_", []):
            classdict.pop(k, None)
        # A __new__ of the class's own makes its members (and may set their _value_); the
        # class then looks members up by value, as every enum does.
        new_member = classdict.pop("__new__", None)
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
                raise TypeError("<enum %r> cannot extend %r" % (cls, b))
        data_type = None
        for b in enum_class.__mro__:
            if b in (int, str, float):
                data_type = b
                break
        # (A member of a data type's enum hashes as its value, the type's hash coming before
        # Enum's in the MRO, as CPython's: `{1: x}[IntEnum member]`.)
        if data_type is not None and "__hash__" not in classdict:
            type.__setattr__(enum_class, "__hash__", data_type.__hash__)
        for name in names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            member = None
            if new_member is not None:
                member = new_member(enum_class, *args)
                if not hasattr(member, "_value_"):
                    member._value_ = value if data_type is None else data_type(*args)
                value = member._value_
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    enum_class._member_map_[name] = m
                    type.__setattr__(enum_class, name, m)
                    break
            else:
                if member is not None:
                    pass
                elif data_type is None:
                    member = object.__new__(enum_class)
                else:
                    member = data_type.__new__(enum_class, *args)
                init = enum_class.__dict__.get("__init__")
                if init is not None:
                    init(member, *args)
                member._name_ = name
                if new_member is None:
                    member._value_ = value if data_type is None or init is not None else data_type(*args)
                enum_class._member_names_.append(name)
                enum_class._member_map_[name] = member
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
                type.__setattr__(enum_class, name, member)
        if getattr(enum_class, "_flag_", False):
            enum_class._init_flag_()
        return enum_class

    def __call__(cls, value, *args, **kw):
        if args or kw:
            return cls._create_(value, *args, **kw)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as e:
            if not isinstance(e, ValueError):
                e.__context__ = ve
            raise
        if isinstance(result, cls):
            return result
        if result is not None:
            e = TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (
                cls.__name__, result))
            e.__context__ = ve
            ve = e
        raise ve

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1, boundary=None):
        # The functional API: `Enum("Animal", "CAT DOG")`, a list of names or of (name, value)
        # pairs, or a mapping.
        metacls = _type_of(cls)
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        last = []
        for item in names:
            if isinstance(item, str):
                value = names[item] if isinstance(names, dict) else cls._generate_next_value_(
                    item, start, len(last), last[:])
            else:
                item, value = item
            classdict[item] = value
            last.append(value)
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    # A name the class lacks: AttributeError(name), as CPython 3.11's (a member is found
    # before this, as a class attribute).
    def __getattr__(cls, name):
        if name[:2] != "__" or name[-2:] != "__":
            member = cls.__dict__.get("_member_map_", {}).get(name)
            if member is not None:
                return member
        raise AttributeError(name)

    # Members stay what they are, as CPython's.
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        type.__delattr__(cls, name)

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


# (EnumType's name before 3.11, still an alias of it.)
EnumMeta = EnumType


class Enum(metaclass=EnumType):
    _flag_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # (CPython 3.11's: one more than the largest value so far when the values sort, also
        # when the last is not the largest, where CPython warns of 3.13; else one more than
        # the last value that adds 1, or start.)
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
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

    @classmethod
    def _missing_(cls, value):
        return None

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    # A member is its own copy, as CPython's.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_property
    def name(self):
        return self._name_

    @_member_property
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
    _boundary_ = "strict"

    @classmethod
    def _init_flag_(cls):
        # Iteration gives the members of one bit only; the others are named values. (Here,
        # not in EnumType: a program naming no Flag has none of this.)
        mask = singles = 0
        for m in cls._member_map_.values():
            v = m._value_
            mask |= v
            if v and not v & (v - 1):
                singles |= v
        cls._flag_mask_ = mask
        cls._singles_mask_ = singles
        cls._member_names_ = [n for n in cls._member_names_ if cls._member_map_[n]._value_ & singles
                              and not cls._member_map_[n]._value_ & (cls._member_map_[n]._value_ - 1)]
        # A value's members are listed by value, or in definition order when the members were
        # not defined in increasing value (as CPython 3.11's _iter_member_).
        values = [cls._member_map_[n]._value_ for n in cls._member_names_]
        cls._by_def_ = values != sorted(values)

    @classmethod
    def _iter_member_(cls, value):
        members = [m for m in cls if m._value_ & value]
        if not cls._by_def_:
            members.sort(key=lambda m: m._value_)
        return members

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = (1 << mask.bit_length()) - 1
        keep = cls._boundary_ == "keep"
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if not keep:
                n = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (cls, value, _bin(value, n), _bin(mask, n)))
            if value < 0:
                value = max(all_bits + 1, 1 << value.bit_length()) + value
        neg = None
        if value < 0:
            neg = value
            value = all_bits + 1 + value
        members = cls._iter_member_(value & singles)
        combined = 0
        for m in members:
            combined |= m._value_
        if value & ~singles & mask:
            for m in cls._member_map_.values():
                if m not in members and m._value_ and m._value_ & value == m._value_:
                    members.append(m)
                    combined |= m._value_
        pseudo = int.__new__(cls, value) if issubclass(cls, int) else object.__new__(cls)
        pseudo._value_ = value
        pseudo._name_ = "|".join([m._name_ for m in members]) if combined else None
        if combined and value ^ combined:
            pseudo._name_ += "|%r" % (value ^ combined)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg is not None:
            cls._value2member_map_[neg] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(type(self)._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def _other(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ == "keep":
            return type(self)(~self._value_)
        return type(self)(self._singles_mask_ & ~self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


def _bin(num, max_bits):
    # enum's bin(): the sign bit apart, padded to max_bits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag):
    _boundary_ = "keep"
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration

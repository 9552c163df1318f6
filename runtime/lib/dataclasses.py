# dataclasses: @dataclass (init, repr, eq, order, unsafe_hash, frozen, kw_only, slots), field,
# fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, MISSING,
# KW_ONLY and InitVar, as
# CPython's module. Written in Python, compiled with the program only when it imports the
# module. The methods a dataclass gets are closures over its fields (CPython generates their
# source text and runs exec on it, which an ahead-of-time compiler cannot).


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class _KwOnly:
    pass


KW_ONLY = _KwOnly()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return "dataclasses.InitVar[%s]" % (t.__name__ if isinstance(t, type) else repr(t))

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
        self._field_type = "_FIELD"

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
            "compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
            % (
                self.name,
                self.type,
                self.default,
                self.default_factory,
                self.init,
                self.repr,
                self.hash,
                self.compare,
                self.metadata,
                self.kw_only,
                self._field_type,
            )
        )


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init=True,
    repr=True,
    hash=None,
    compare=True,
    metadata=None,
    kw_only=MISSING,
):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    text = tp if isinstance(tp, str) else repr(tp)
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _collect(cls, kw_only):
    found = {}
    for b in reversed(cls.__mro__[1:]):
        for f in getattr(b, "__dataclass_fields__", {}).values():
            found[f.name] = f
    own = cls.__dict__
    after_marker = False
    for name, tp in own.get("__annotations__", {}).items():
        if _is_classvar(tp):
            continue
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            after_marker = True
            continue
        default = own.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        # (InitVar by its class's name: the class is compiled in only for a program naming it.)
        if type(tp).__name__ == "InitVar" or (isinstance(tp, str) and tp.startswith(("InitVar", "dataclasses.InitVar"))):
            f._field_type = "_FIELD_INITVAR"
        if f.kw_only is MISSING:
            f.kw_only = kw_only or after_marker
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(
                "mutable default %s for field %s is not allowed: use default_factory" % (type(f.default), name)
            )
        found[name] = f
    return found


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _quoted(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + " and " + names[1]
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _make_init(cls, listed, frozen):
    params = [f for f in listed if f.init]
    positional = [f for f in params if not f.kw_only]
    seen_default = None
    for f in positional:
        if _has_default(f):
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    names = [f.name for f in params]
    where = cls.__qualname__ + ".__init__()"

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            most = len(positional) + 1
            least = len([f for f in positional if not _has_default(f)]) + 1
            takes = "%d" % most if least == most else "from %d to %d" % (least, most)
            raise TypeError("%s takes %s positional argument%s but %d were given" % (
                where, takes, "" if takes == "1" else "s", len(args) + 1))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (where, k))
            if k in values:
                raise TypeError("%s got multiple values for argument '%s'" % (where, k))
            values[k] = v
        missing = [f.name for f in positional if f.name not in values and not _has_default(f)]
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(
                "%s missing %d required positional argument%s: %s" % (where, len(missing), s, _quoted(missing))
            )
        missing = [f.name for f in params if f.kw_only and f.name not in values and not _has_default(f)]
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(
                "%s missing %d required keyword-only argument%s: %s" % (where, len(missing), s, _quoted(missing))
            )
        initvars = []
        for f in listed:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.init and f.default is not MISSING:
                v = f.default
            else:
                continue
            if f._field_type != "_FIELD":
                initvars.append(v)
            elif frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post(*initvars)

    __init__.__qualname__ = cls.__qualname__ + ".__init__"
    return __init__


_REPR_RUNNING = set()


def _make_repr(cls, listed):
    shown = [f.name for f in listed if f.repr]

    def __repr__(self):
        # (An object inside itself is `...`, as CPython's recursive_repr gives.)
        key = id(self)
        if key in _REPR_RUNNING:
            return "..."
        _REPR_RUNNING.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in shown]
        finally:
            _REPR_RUNNING.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _make_compare(names, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, names), _values(other, names))
        return NotImplemented

    return compare


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError("cannot assign to field '%s'" % name)


def _frozen_delattr(self, name):
    raise FrozenInstanceError("cannot delete field '%s'" % name)


def dataclass(
    cls=None,
    *,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    **options
):
    # (slots, the rarer option, by a method of _Options named as its keyword: see there.)
    for k in options:
        if getattr(_Options, k, None) is None:
            raise TypeError("dataclass() got an unexpected keyword argument '%s'" % k)

    def wrap(cls):
        cls = _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        for k in options:
            cls = getattr(_Options, k)(cls, options[k])
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


class _Options:
    # dataclass's rarer options, each a method named as its keyword and found by that name at
    # run time: a program that names no such keyword has none of their code.

    @staticmethod
    def slots(cls, on):
        return _add_slots(cls) if on else cls


def _set(cls, name, value):
    if name in cls.__dict__:
        return False
    setattr(cls, name, value)
    return True


def _process(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    found = _collect(cls, kw_only)
    cls.__dataclass_fields__ = found
    listed = list(found.values())
    real = [f for f in listed if f._field_type == "_FIELD"]
    compared = [f.name for f in real if f.compare]
    if init:
        _set(cls, "__init__", _make_init(cls, listed, frozen))
    if repr_:
        _set(cls, "__repr__", _make_repr(cls, real))
    if eq:
        _set(cls, "__eq__", _make_compare(compared, lambda a, b: a == b))
    if order:
        for name, op in (
            ("__lt__", lambda a, b: a < b),
            ("__le__", lambda a, b: a <= b),
            ("__gt__", lambda a, b: a > b),
            ("__ge__", lambda a, b: a >= b),
        ):
            if not _set(cls, name, _make_compare(compared, op)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                    % (name, cls.__name__)
                )
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        if not own_hash:
            cls.__hash__ = lambda self: hash(_values(self, hashed))
    elif eq and not own_hash:
        cls.__hash__ = None
    if match_args:
        _set(cls, "__match_args__", tuple([f.name for f in listed if f.init and not f.kw_only]))
    return cls


def _add_slots(cls):
    # A new class with __slots__ of the fields (not the bases' slots), as CPython's.
    d = dict(cls.__dict__)
    names = [f.name for f in cls.__dataclass_fields__.values() if f._field_type == "_FIELD"]
    inherited = [n for b in cls.__mro__[1:-1] for n in b.__dict__.get("__slots__", ())]
    d["__slots__"] = tuple([n for n in names if n not in inherited])
    for n in names + ["__dict__", "__weakref__"]:
        d.pop(n, None)
    new = type(cls)(cls.__name__, cls.__bases__, d)
    new.__qualname__ = cls.__qualname__
    return new


def _is_identifier(name):
    # (By hand, not by str's method: see _lower in datetime.) A character beyond ASCII is a
    # letter.
    for i, c in enumerate(name):
        if not (c == "_" or "a" <= c <= "z" or "A" <= c <= "Z" or ord(c) > 127 or (i and "0" <= c <= "9")):
            return False
    return name != ""


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, ns[item[0]] = item
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not _is_identifier(name):
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns.setdefault("__module__", "types")
    cls = dataclass(type(cls_name, tuple(bases), ns), init=init, repr=repr, eq=eq, order=order,
                    unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args, kw_only=kw_only)
    # (slots as `_Options` has it only where the program names it: `slots=True` does.)
    return _Options.slots(cls, True) if slots else cls


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(obj):
    if not is_dataclass(obj):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple([f for f in obj.__dataclass_fields__.values() if f._field_type == "_FIELD"])


def _convert(obj, factory, as_tuple):
    if is_dataclass(obj) and not isinstance(obj, type):
        items = [(f.name, _convert(getattr(obj, f.name), factory, as_tuple)) for f in fields(obj)]
        return factory([v for _, v in items]) if as_tuple else factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_tuple), _convert(v, factory, as_tuple)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, True)


def replace(obj, **changes):
    for f in obj.__dataclass_fields__.values():
        if f._field_type != "_FIELD" and f.name not in changes and not _has_default(f):
            raise ValueError("InitVar %r must be specified with replace()" % f.name)
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

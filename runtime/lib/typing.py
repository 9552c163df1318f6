# typing: the names of CPython's typing module, for programs written with type hints. mpyc
# checks no types: the names exist, subscripting one gives a hint that prints as CPython's
# (`typing.List[int]`), classes can derive from Generic[T], Protocol and TypedDict, and the
# functions that act when the program runs (cast, TypeVar, NewType, overload, final, ...) do
# what CPython's do; isinstance with a @runtime_checkable Protocol (and SupportsInt, ...)
# checks the object's members; get_type_hints resolves string hints without eval (names of
# builtins, typing, the class, and globalns/localns; subscripts, `|`) and drops Annotated's
# extras. Written in Python, compiled with the program only when it imports it.

TYPE_CHECKING = False


def _name_of(t):
    if t is None or t is type(None):
        return "NoneType"
    if t is Ellipsis:
        return "..."
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__
    if isinstance(t, (list, tuple)):
        return "[" + ", ".join(_name_of(x) for x in t) + "]"
    return repr(t)


def _bases(concrete):
    # What `class C(List[int])` or `class C(typing.Iterator)` derives from (PEP 560's
    # `__mro_entries__`): the concrete type the name stands for (a function giving it, for
    # collections' types: so collections' classes are compiled in only with the names that
    # stand for them); nothing for an abstract one (collections.abc's class, which brings
    # mixin methods, is not compiled in with typing: derive from it to have them).
    if concrete is None:
        return ()
    return (concrete if isinstance(concrete, type) else concrete(),)


def _collections():
    import collections
    return collections


class _Hint:
    # A subscripted hint: `List[int]`, `Dict[str, Any]`, `Optional[T]`.
    def __init__(self, name, params, concrete=None):
        self._name = name
        self._concrete = concrete
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __getitem__(self, params):
        return _Hint(self._name, params, self._concrete)

    def __mro_entries__(self, bases):
        return _bases(self._concrete)

    def __repr__(self):
        return "typing.%s[%s]" % (self._name, ", ".join(_name_of(a) for a in self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _Hint) or self._name != other._name:
            return False
        # (A union's members in any order, as CPython's.)
        if self._name == "Union":
            return set(self.__args__) == set(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self._name == "Union":
            return hash((self._name, frozenset(self.__args__)))
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    # `isinstance(x, Union[int, str])`, `Optional[int]`: by their members, as CPython.
    def __instancecheck__(self, obj):
        return self._check(obj, isinstance)

    def __subclasscheck__(self, cls):
        return self._check(cls, issubclass)

    def _check(self, x, check):
        if self._name == "Union":
            return any(check(x, a) for a in self.__args__)
        if self._name == "Optional":
            return check(x, self.__args__[0]) or check(x, type(None))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _Special:
    # An unsubscripted name: `Any`, `List`, `Optional`.
    def __init__(self, name, concrete=None):
        self._name = name
        self._concrete = concrete

    def __getitem__(self, params):
        if self._name == "Optional":
            return Union[params, None]
        if self._name == "Union":
            params = params if isinstance(params, tuple) else (params,)
            flat = []
            for p in params:
                if isinstance(p, _Hint) and p._name == "Union":
                    parts = p.__args__
                elif isinstance(p, _Hint) and p._name == "Optional":
                    parts = p.__args__ + (type(None),)
                elif type(p) is type(int | str):
                    parts = p.__args__
                else:
                    parts = (p,)
                for q in parts:
                    q = type(None) if q is None else q
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = [q for q in flat if q is not type(None)][0]
                return _Hint("Optional", other)
            return _Hint("Union", tuple(flat))
        return _Hint(self._name, params, self._concrete)

    def __mro_entries__(self, bases):
        return _bases(self._concrete)

    # `isinstance(x, typing.List)`: as with the concrete type it stands for, the abstract ones
    # as `collections.abc`'s when the program imports it, else by the built-in types they
    # cover and the method a one-method one asks for, as CPython.
    def __instancecheck__(self, obj):
        # (What an object can do, asked of it: every class has `__call__` through `type`.)
        if self._name == "Callable" and self._concrete is None:
            return callable(obj)
        if self._name == "Hashable" and self._concrete is None:
            try:
                hash(obj)
            except TypeError:
                return False
            return True
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        c = self._concrete
        if c is not None:
            return issubclass(cls, c if isinstance(c, type) else c())
        abc = _sys.modules.get("collections.abc")
        if abc is not None and hasattr(abc, self._name):
            return issubclass(cls, getattr(abc, self._name))
        t = _ABSTRACT.get(self._name)
        if t is None:
            raise TypeError("typing.%s cannot be used with isinstance()" % self._name)
        if isinstance(t, str):
            return getattr(cls, t, None) is not None
        return issubclass(cls, t)

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)


import sys as _sys

# What the abstract aliases check without `collections.abc`: the built-in types they cover,
# or the method a class must have.
_ABSTRACT = {
    "Mapping": (dict,), "MutableMapping": (dict,),
    "Sequence": (list, tuple, str, range, bytes, bytearray, memoryview), "MutableSequence": (list, bytearray),
    "AbstractSet": (set, frozenset), "MutableSet": (set,), "Collection": "__len__", "Sized": "__len__",
    "Iterable": "__iter__", "Iterator": "__next__", "Container": "__contains__", "Hashable": "__hash__",
    "Callable": "__call__", "Awaitable": "__await__", "Reversible": "__reversed__", "Generator": "send",
}

Any = _Special("Any")
Callable = _Special("Callable")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Optional = _Special("Optional")
Union = _Special("Union")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
Annotated = _Special("Annotated")
TypeAlias = _Special("TypeAlias")
Tuple = _Special("Tuple", tuple)
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Type = _Special("Type", type)
Deque = _Special("Deque", lambda: _collections().deque)
DefaultDict = _Special("DefaultDict", lambda: _collections().defaultdict)
OrderedDict = _Special("OrderedDict", lambda: _collections().OrderedDict)
Counter = _Special("Counter", lambda: _collections().Counter)
ChainMap = _Special("ChainMap")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Reversible = _Special("Reversible")
Container = _Special("Container")
Collection = _Special("Collection")
Sized = _Special("Sized")
Hashable = _Special("Hashable")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
KeysView = _Special("KeysView")
ValuesView = _Special("ValuesView")
ItemsView = _Special("ItemsView")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterable = _Special("AsyncIterable")
AsyncIterator = _Special("AsyncIterator")
AsyncGenerator = _Special("AsyncGenerator")
IO = _Special("IO")
TextIO = _Special("TextIO")
BinaryIO = _Special("BinaryIO")
Pattern = _Special("Pattern")
Match = _Special("Match")
AnyStr = _Special("AnyStr")
TypeGuard = _Special("TypeGuard")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
Concatenate = _Special("Concatenate")
Unpack = _Special("Unpack")
LiteralString = _Special("LiteralString")
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    # `*args: P.args, **kwargs: P.kwargs` in a decorator's wrapper.
    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")


class _ParamSpecPart:
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return self.__origin__.__name__ + "." + self._part

    def __eq__(self, other):
        return type(other) is _ParamSpecPart and (self.__origin__, self._part) == (other.__origin__, other._part)

    def __hash__(self):
        return hash((id(self.__origin__), self._part))


class Generic:
    # `class Stack(Generic[T])` derives from Generic; `Stack[int]` is an alias of Stack that
    # prints as one and makes Stack objects.
    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)


class _GenericAlias:
    # `C[int]` of a generic class C (CPython's typing._GenericAlias): calling it makes a C
    # (with `__orig_class__`), a class deriving from it derives from C, its TypeVars can be
    # substituted (`C[T][int]`), other attributes are C's.
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)
        self.__name__ = origin.__name__
        self.__qualname__ = origin.__qualname__

    def __repr__(self):
        o = self.__origin__
        name = "typing.Generic" if o is Generic else _name_of(o)
        return name + "[" + ", ".join(_name_of(a) for a in self.__args__) + "]"

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        new = params if isinstance(params, tuple) else (params,)
        free = []
        for a in self.__args__:
            if isinstance(a, TypeVar) and a not in free:
                free.append(a)
        if len(new) != len(free):
            raise TypeError("Too %s arguments for %r" % ("many" if len(new) > len(free) else "few", self))
        subst = dict(zip(free, new))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) if isinstance(a, TypeVar) else a
                                                    for a in self.__args__))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if type(other) is not _GenericAlias:
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _abc_meta():
    # abc's ABCMeta, the base of protocols' metaclass (a function: abc is imported only with
    # Protocol, which the library's pruning leaves out when nothing names it).
    from abc import ABCMeta
    return ABCMeta


class _ProtocolMeta(_abc_meta()):
    # isinstance/issubclass with a protocol class (one with Protocol among its bases), as
    # CPython's (PEP 544): only when it is @runtime_checkable, and then by structure: the
    # object has every member the protocol names (a method set to None does not count), or
    # its class derives from the protocol or was registered with it. A class deriving from a
    # protocol without being one checks as an ABC. (An ABCMeta, as CPython's: a class may
    # derive from both an ABC and a protocol.)
    def __instancecheck__(cls, obj):
        if not _is_protocol(cls):
            return super().__subclasscheck__(type(obj))
        _runtime(cls)
        return super().__subclasscheck__(type(obj)) or all(_has(obj, name, cls) for name in _members(cls))

    def __subclasscheck__(cls, other):
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if not _is_protocol(cls):
            return super().__subclasscheck__(other)
        _runtime(cls)
        names = _members(cls)
        if not all(callable(getattr(cls, name, None)) for name in names):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other) or all(_class_has(other, name) for name in names)


class Protocol(Generic, metaclass=_ProtocolMeta):
    pass


def _is_protocol(cls):
    return cls is Protocol or Protocol in cls.__bases__


def _runtime(cls):
    if not getattr(cls, "_is_runtime_protocol", False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")


def _members(cls):
    # The names a protocol asks for: what its class bodies (and their protocol bases') define
    # or annotate, less what every class body has.
    names = []
    for base in cls.__mro__:
        if base is Protocol or base is Generic or base is object:
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", ())):
            if name not in names and name not in _NOT_MEMBERS and not name.startswith("_abc_"):
                names.append(name)
    return names


_NOT_MEMBERS = ("__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
                "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
                "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol")

def _builtin_has(name):
    # The built-in types with method `name` that mpyc's hasattr does not see there.
    return {"__round__": (int, float), "__bytes__": bytes, "__complex__": complex}.get(name, ())


def _has(obj, name, cls):
    if not hasattr(obj, name):
        return isinstance(obj, _builtin_has(name))
    return getattr(obj, name) is not None or not callable(getattr(cls, name, None))


def _class_has(other, name):
    # Whether class `other` defines method `name`: in a class body of its bases (None there
    # blocks it), or as a built-in type's method (not seen in its __dict__ here; not
    # `__call__`, which every class has through type).
    for base in other.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
        if base.__module__ == "builtins" and name != "__call__" and (
                hasattr(base, name) or issubclass(base, _builtin_has(name))):
            return True
    return False


def runtime_checkable(cls):
    if not isinstance(cls, _ProtocolMeta) or not _is_protocol(cls):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


# The one-method protocols typing defines, as CPython's (`isinstance(3, SupportsInt)`); runtime
# checkable (set in the body, not by the decorator: a decorated class is never left out).
class SupportsInt(Protocol):
    _is_runtime_protocol = True

    def __int__(self):
        pass


class SupportsFloat(Protocol):
    _is_runtime_protocol = True

    def __float__(self):
        pass


class SupportsComplex(Protocol):
    _is_runtime_protocol = True

    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    _is_runtime_protocol = True

    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    _is_runtime_protocol = True

    def __index__(self):
        pass


class SupportsAbs(Protocol):
    _is_runtime_protocol = True

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    _is_runtime_protocol = True

    def __round__(self, ndigits=0):
        pass


class _TypedDictMeta(type):
    # `class Movie(TypedDict, total=False): title: str`: a class whose only base is dict, with
    # the keys its annotations (and its TypedDict bases') name; calling it makes a plain dict,
    # as CPython's.
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(mcls, name, bases, ns)
        own = ns.get("__annotations__", {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if type(base) is _TypedDictMeta and base is not TypedDict:
                annotations.update(base.__annotations__)
                required |= base.__required_keys__
                optional |= base.__optional_keys__
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        cls = super().__new__(mcls, name, (dict,), ns)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if "__total__" not in ns:
            cls.__total__ = total
        return cls

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            # The functional form: TypedDict("Movie", {"title": str}, total=False).
            typename, fields = args[0], (args[1] if len(args) > 1 else {})
            total = kwargs.pop("total", True)
            fields = dict(fields, **kwargs)
            return _TypedDictMeta(typename, (), {"__annotations__": fields, "__module__": "__main__"}, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(dict, metaclass=_TypedDictMeta):
    _root = True


class _NamedTupleMeta(type):
    # `class P(NamedTuple): x: int; y: float = 0.5`: the class statement's metaclass makes a
    # named tuple of the annotated names (with their defaults), and copies the body's other
    # attributes (methods, docstring) onto it.
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (name, "s" if len(defaults) > 1 else "", ", ".join(fields[: fields.index(name)][-len(defaults):]))
                )
        nt = namedtuple(typename, fields, defaults=defaults, module=ns.get("__module__"))
        nt.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in fields or key in ("__annotations__", "__module__", "__qualname__", "__orig_bases__"):
                continue
            setattr(nt, key, value)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


class _NamedTuple:
    # `NamedTuple("P", [("x", int)])` or `NamedTuple("P", x=int)`, and as a base class
    # (`__mro_entries__`, PEP 560) the class statement above.
    def __call__(self, typename, fields=None, **kwargs):
        from collections import namedtuple
        names = [f[0] for f in fields] if fields is not None else list(kwargs)
        return namedtuple(typename, names)

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "typing.NamedTuple"


NamedTuple = _NamedTuple()


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # The annotations with None as NoneType and strings resolved: a string names builtins,
    # typing's names, the class itself or what globalns/localns hold, subscripted or dotted
    # (without eval: no other expressions).
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _hint(value, globalns, localns, base)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            raise TypeError("%r is not a module, class, method, or function." % (obj,))
        hints = {name: _hint(value, globalns, localns, None) for name, value in ann.items()}
    if not include_extras:
        for name in hints:
            hints[name] = _strip_extras(hints[name])
    return hints


def _strip_extras(t):
    # Annotated[T, ...] (and TypedDict's Required[T], NotRequired[T]) as T, also inside other
    # hints (`List[Annotated[int, ...]]`): what get_type_hints gives without include_extras.
    if isinstance(t, _Hint):
        if t._name in ("Annotated", "Required", "NotRequired"):
            return _strip_extras(t.__args__[0])
        args = tuple(_strip_extras(a) for a in t.__args__)
        if args != t.__args__:
            return Union[args] if t._name == "Union" else _Hint(t._name, args, t._concrete)
    elif type(t) is type(list[int]):
        args = tuple(_strip_extras(a) for a in t.__args__)
        if args != t.__args__:
            return t.__origin__[args if len(args) > 1 else args[0]]
    return t


def _hint(value, globalns, localns, cls):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value, i = _resolve(value.strip(), 0, globalns, localns, cls)
    return value


def _resolve(text, i, globalns, localns, cls):
    # The hint written at text[i:]: (its value, the index after it).
    n = len(text)
    if text.startswith("...", i):
        return ..., i + 3
    j = i
    while j < n and (text[j] in _NAME_CHARS or ord(text[j]) > 127):
        j += 1
    name = text[i:j]
    if not name:
        raise SyntaxError("Forward reference must be an expression -- got %r" % (text,))
    first, *rest = name.split(".")
    for ns in (localns, globalns):
        if ns is not None and first in ns:
            value = ns[first]
            break
    else:
        if cls is not None and first == cls.__name__:
            value = cls
        elif first in _names():
            value = _names()[first]
        elif first == "typing" and rest:
            value = _names()[rest.pop(0)]
        else:
            import builtins
            if not hasattr(builtins, first):
                raise NameError("name %r is not defined" % first)
            value = getattr(builtins, first)
    for r in rest:
        value = getattr(value, r)
    j = _skip_space(text, j)
    if j < n and text[j] == "[":
        args = []
        j = _skip_space(text, j + 1)
        while j < n and text[j] != "]":
            if text[j] == "[":
                inner = []
                j = _skip_space(text, j + 1)
                while text[j] != "]":
                    a, j = _resolve(text, j, globalns, localns, cls)
                    inner.append(a)
                    j = _skip_space(text, j)
                    if text[j] == ",":
                        j = _skip_space(text, j + 1)
                args.append(inner)
                j = _skip_space(text, j + 1)
            else:
                a, j = _resolve(text, j, globalns, localns, cls)
                args.append(a)
            if j < n and text[j] == ",":
                j = _skip_space(text, j + 1)
        value = value[args[0] if len(args) == 1 else tuple(args)]
        j = _skip_space(text, j + 1)
    if j < n and text[j] == "|":
        other, j = _resolve(text, _skip_space(text, j + 1), globalns, localns, cls)
        value = value | other
    return value, j


_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_."


def _names():
    # typing's names a string hint may use (a function: the dict is made only when needed).
    return {"None": None, "List": List, "Dict": Dict, "Set": Set, "FrozenSet": FrozenSet, "Tuple": Tuple,
            "Optional": Optional, "Union": Union, "Any": Any, "Callable": Callable, "Type": Type,
            "Literal": Literal, "ClassVar": ClassVar, "Final": Final, "Iterable": Iterable,
            "Iterator": Iterator, "Sequence": Sequence, "Mapping": Mapping, "Annotated": Annotated,
            "TypeGuard": TypeGuard, "Required": Required, "NotRequired": NotRequired,
            "Concatenate": Concatenate, "Unpack": Unpack}


def _skip_space(text, j):
    while j < len(text) and text[j] == " ":
        j += 1
    return j


def get_origin(tp):
    if isinstance(tp, _Hint):
        if tp._name in ("Optional", "Union"):
            return Union
        if tp._name == "Generic":
            return Generic
        c = tp._concrete
        if c is not None:
            return c if isinstance(c, type) else c()
        return _names()[tp._name] if tp._name in _ORIGIN_SELF else None
    if isinstance(tp, _Special) and tp._concrete is not None:
        c = tp._concrete
        return c if isinstance(c, type) else c()
    if type(tp) is type(int | str):
        return type(tp)
    if type(tp) is type(list[int]):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    return None


_ORIGIN_SELF = ("Literal", "ClassVar", "Final", "Annotated", "TypeGuard", "Required", "NotRequired",
                "Concatenate", "Unpack")


def get_args(tp):
    if isinstance(tp, _Hint):
        args = tp.__args__
        if tp._name == "Optional":
            return args + (type(None),)
        if tp._name == "Callable" and len(args) == 2 and (isinstance(args[0], list) or args[0] is ...):
            return args
        if tp._name == "Callable" and args:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp) is type(int | str) or type(tp) is type(list[int]) or isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    return obj

# collections for mpyc: namedtuple, deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict,
# UserList and UserString, in plain Python.
#
# namedtuple makes subclasses of tuple; OrderedDict, defaultdict and Counter are subclasses
# of dict, as in CPython.

_KEYWORDS = (
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
)

_MISSING = object()


def _is_identifier(name):
    # Letters, digits and underscores, not starting with a digit; any non-ASCII character
    # is taken as a letter.
    if len(name) == 0:
        return False
    first = True
    for ch in name:
        c = ord(ch)
        ok = (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or c == 95 or c >= 128
        if not ok and not first and c >= 48 and c <= 57:
            ok = True
        if not ok:
            return False
        first = False
    return True


def _name_list(names):
    # 'a'; 'a' and 'b'; 'a', 'b', and 'c' (the way CPython lists missing arguments)
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(qualname, fields, defaults, args, kwargs):
    # The values of a namedtuple built from args and kwargs, checked as CPython checks a
    # call to the generated __new__(_cls, field, ...): the first parameter is _cls.
    params = ["_cls"] + fields
    nparams = len(params)
    given = len(args) + 1
    slots = [_MISSING] * nparams
    slots[0] = None
    n = given if given < nparams else nparams
    for i in range(1, n):
        slots[i] = args[i - 1]
    for key in kwargs:
        pos = -1
        for j in range(nparams):
            if params[j] == key:
                pos = j
                break
        if pos < 0:
            raise TypeError(qualname + "() got an unexpected keyword argument '" + key + "'")
        if slots[pos] is not _MISSING:
            raise TypeError(qualname + "() got multiple values for argument '" + key + "'")
        slots[pos] = kwargs[key]
    ndefaults = len(defaults)
    if given > nparams:
        if ndefaults:
            sig = "from " + str(nparams - ndefaults) + " to " + str(nparams)
            plural = "s"
        else:
            sig = str(nparams)
            plural = "" if nparams == 1 else "s"
        raise TypeError(qualname + "() takes " + sig + " positional argument" + plural
                        + " but " + str(given) + (" was" if given == 1 else " were")
                        + " given")
    required = nparams - ndefaults
    missing = []
    for i in range(given, required):
        if slots[i] is _MISSING:
            missing.append(params[i])
    if missing:
        raise TypeError(qualname + "() missing " + str(len(missing))
                        + " required positional argument" + ("" if len(missing) == 1 else "s")
                        + ": " + _name_list(missing))
    for i in range(required, nparams):
        if slots[i] is _MISSING:
            slots[i] = defaults[i - required]
    return tuple(slots[1:])


class _NamedTupleMethods:
    # The methods every class namedtuple makes has (copied into its namespace: its only base is
    # tuple, as CPython's), beside its fields' properties.
    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected " + str(len(cls._fields)) + " arguments, got "
                            + str(len(values)))
        return tuple.__new__(cls, values)

    def _asdict(self):
        result = {}
        fields = self._fields
        for i in range(len(fields)):
            result[fields[i]] = self[i]
        return result

    def _replace(self, **kwargs):
        values = list(self)
        fields = self._fields
        for i in range(len(fields)):
            name = fields[i]
            if name in kwargs:
                values[i] = kwargs.pop(name)
        if kwargs:
            raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
        return self._make(values)

    def __repr__(self):
        fields = self._fields
        parts = []
        for i in range(len(fields)):
            parts.append(fields[i] + "=" + repr(self[i]))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __getnewargs__(self):
        return tuple(self)


def _field_getter(i):
    return property(lambda self: tuple.__getitem__(self, i), _field_set, _field_del)


def _field_set(self, value):
    # (CPython's fields are read-only descriptors of their own, with these messages.)
    raise AttributeError("can't set attribute")


def _field_del(self):
    raise AttributeError("can't delete attribute")


def _make_new(qualname, fields, defaults):
    n = len(fields)

    def __new__(cls, *args, **kwargs):
        # (Every field given by position, the common call, has nothing to bind: no lists made.)
        if len(args) == n and not kwargs:
            return tuple.__new__(cls, args)
        return tuple.__new__(cls, _bind_fields(qualname, fields, defaults, args, kwargs))
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = []
        for i in range(len(fields)):
            name = fields[i]
            if (not _is_identifier(name) or name in _KEYWORDS or name[0] == "_"
                    or name in seen):
                fields[i] = "_" + str(i)
            seen.append(name)

    for name in [typename] + fields:
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: "
                             + repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))

    seen = {}
    for name in fields:
        if name[0] == "_" and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen[name] = True

    field_defaults = {}
    if defaults is None:
        defaults = ()
    else:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        first = len(fields) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[fields[first + i]] = defaults[i]

    namespace = {
        "__doc__": typename + "(" + ", ".join(fields) + ")",
        "__module__": "__main__" if module is None else module,
        "__new__": _make_new(typename + ".__new__", fields, defaults),
        "_fields": tuple(fields),
        "_field_defaults": field_defaults,
        "__match_args__": tuple(fields),
        "__slots__": (),
    }
    for name in ("_make", "_asdict", "_replace", "__repr__", "__getnewargs__"):
        namespace[name] = _NamedTupleMethods.__dict__[name]
    for i in range(len(fields)):
        namespace[fields[i]] = _field_getter(i)
    return type(typename, (tuple,), namespace)


class deque:
    # The items are self._items[self._head:]; popleft moves the head and the list is
    # compacted when the dead part at its front outgrows twice the live part.
    _abc_names = ("Sequence", "MutableSequence")   # (for collections.abc)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        if self._head == 0:
            return self._items[:]
        return self._items[self._head:]

    def _set_live(self, items):
        self._items = items
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._head == 0:
            n = len(self._items) + 8
            self._items = [None] * n + self._items
            self._head = n
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._set_live([])
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        live = len(items) - head
        if live == 0:
            self._set_live([])
        elif head >= 16 and head > 2 * live:
            del items[:head]
            self._head = 0
        else:
            self._head = head
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = self._live()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._live()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._set_live([])

    def rotate(self, n=1):
        size = len(self._items) - self._head
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        live = self._live()
        self._set_live(live[size - n:] + live[:size - n])

    def count(self, x):
        c = 0
        items = self._items
        for i in range(self._head, len(items)):
            if items[i] is x or items[i] == x:
                c += 1
        return c

    def index(self, x, start=0, stop=None):
        size = len(self._items) - self._head
        if stop is None:
            stop = size
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop < 0:
            stop += size
            if stop < 0:
                stop = 0
        if stop > size:
            stop = size
        items = self._items
        head = self._head
        for i in range(start, stop):
            if items[head + i] is x or items[head + i] == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def remove(self, x):
        items = self._items
        for i in range(self._head, len(items)):
            if items[i] is x or items[i] == x:
                del items[i]
                if len(items) == self._head:
                    self._set_live([])
                return
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        size = len(self._items) - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i < 0:
            i += size
            if i < 0:
                i = 0
        if i > size:
            i = size
        self._items.insert(self._head + i, x)

    def reverse(self):
        live = self._live()
        live.reverse()
        self._set_live(live)

    def copy(self):
        return deque(self._live(), self._maxlen)

    def __copy__(self):
        return self.copy()

    def _position(self, index):
        if not isinstance(index, int):
            raise TypeError("sequence index must be integer, not '"
                            + type(index).__name__ + "'")
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        del self._items[self._position(index)]
        if len(self._items) == self._head:
            self._set_live([])

    def __iter__(self):
        # Live items, and RuntimeError once the deque grew, shrank or moved its items (CPython
        # counts every change; a pop then an append in between goes unseen here).
        items, head, n, i = self._items, self._head, len(self), 0
        while True:
            if len(self) != n or self._items is not items or self._head != head:
                raise RuntimeError("deque mutated during iteration")
            if i >= n:
                return
            yield items[head + i]
            i += 1

    def __reversed__(self):
        live = self._live()
        live.reverse()
        return iter(live)

    def __contains__(self, x):
        items = self._items
        for i in range(self._head, len(items)):
            if items[i] is x or items[i] == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__
                            + '") to deque')
        result = deque(self._live(), self._maxlen)
        result.extend(other._live())
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._live() * n, self._maxlen)

    def __rmul__(self, n):
        return deque(self._live() * n, self._maxlen)

    def __imul__(self, n):
        live = self._live()
        self.clear()
        self.extend(live * n)
        return self

    def __repr__(self):
        text = "deque(" + repr(self._live())
        if self._maxlen is not None:
            text += ", maxlen=" + str(self._maxlen)
        return text + ")"


def _dict_of(value):
    # The dict a mapping compares as (any dict, these classes included), or None.
    if isinstance(value, dict):
        return value
    return None


def _ne_by_eq(self, other):
    # != as the class's own == says (dict's __ne__ would ignore it, as in CPython).
    result = self.__eq__(other)
    if result is NotImplemented:
        return result
    return not result


# (A deque matches `match`'s sequence patterns.)
import _match
_match.SEQUENCES.append(deque)


class OrderedDict(dict):
    # A dict keeps insertion order already: this adds move_to_end, popitem(last) and the
    # order-sensitive == between OrderedDicts.

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return (key, dict.pop(self, key))

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            value = dict.pop(self, key)
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def copy(self):
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return list(dict.__iter__(self)) == list(dict.__iter__(other))
        if not isinstance(other, dict):
            return NotImplemented
        return dict.__eq__(self, other)

    __ne__ = _ne_by_eq

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + "()"
        return name + "(" + repr(list(dict.items(self))) + ")"


class defaultdict(dict):
    # A dict whose missing keys are added with default_factory() when read with [].

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        if len(args) > 1:
            raise TypeError("defaultdict expected at most 2 arguments, got " + str(len(args) + 1))
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __repr__(self):
        return (type(self).__name__ + "(" + repr(self.default_factory) + ", "
                + dict.__repr__(self) + ")")


class Counter(dict):
    # A dict of counts: a missing key counts 0 (without being added).

    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def total(self):
        result = 0
        for value in self.values():
            result += value
        return result

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        for key, count in self.items():
            for i in range(count):
                yield key

    def _counts_of(self, iterable, sign):
        if iterable is not None:
            other = _dict_of(iterable)
            if other is None and hasattr(iterable, "keys"):
                other = {}
                for key in iterable.keys():
                    other[key] = iterable[key]
            if other is not None:
                for key in other:
                    if sign > 0:
                        if key in self:
                            dict.__setitem__(self, key, dict.__getitem__(self, key) + other[key])
                        else:
                            dict.__setitem__(self, key, other[key])
                    else:
                        dict.__setitem__(self, key, self.get(key, 0) - other[key])
            else:
                for key in iterable:
                    dict.__setitem__(self, key, self.get(key, 0) + sign)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("expected at most 1 argument, got " + str(len(args)))
        if args:
            self._counts_of(args[0], 1)
        if kwargs:
            self._counts_of(kwargs, 1)

    def subtract(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("expected at most 1 argument, got " + str(len(args)))
        if args:
            self._counts_of(args[0], -1)
        if kwargs:
            self._counts_of(kwargs, -1)

    def copy(self):
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __eq__(self, other):
        if isinstance(other, Counter):
            for key in self:
                if self[key] != other[key]:
                    return False
            for key in other:
                if self[key] != other[key]:
                    return False
            return True
        if not isinstance(other, dict):
            return NotImplemented
        return dict.__eq__(self, other)

    __ne__ = _ne_by_eq

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for key in self:
            if not self[key] <= other[key]:
                return False
        for key in other:
            if not self[key] <= other[key]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return other <= self

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return other < self

    def _keep_positive(self):
        for key in list(self):
            if not dict.__getitem__(self, key) > 0:
                dict.__delitem__(self, key)
        return self

    def _combine(self, other, pick):
        # pick(mine, theirs) for every key of either (a missing count is 0); positive
        # results are kept, this Counter's keys first.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            n = pick(count, other[key])
            if n > 0:
                result[key] = n
        for key, count in other.items():
            if key not in self:
                n = pick(0, count)
                if n > 0:
                    result[key] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = dict(other)
        result.update(self)
        return result

    def __pos__(self):
        result = Counter()
        for key, count in self.items():
            if count > 0:
                result[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in self.items():
            if count < 0:
                result[key] = 0 - count
        return result

    def __iadd__(self, other):
        for key, count in other.items():
            dict.__setitem__(self, key, self.get(key, 0) + count)
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            dict.__setitem__(self, key, self.get(key, 0) - count)
        return self._keep_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self.get(key, 0):
                dict.__setitem__(self, key, count)
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in list(self.items()):
            theirs = other[key]
            if theirs < count:
                dict.__setitem__(self, key, theirs)
        return self._keep_positive()

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + "()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return name + "(" + repr(d) + ")"


class _MappingMixin:
    # The methods collections.abc.MutableMapping gives, over __getitem__, __setitem__,
    # __delitem__, __iter__ and __len__; and the ABCs collections.abc counts the class in.
    _abc_names = ("Mapping", "MutableMapping")

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return _View(self, "KeysView")

    def items(self):
        return _View(self, "ItemsView")

    def values(self):
        return _View(self, "ValuesView")

    def __eq__(self, other):
        if not hasattr(other, "keys") or not hasattr(other, "__getitem__"):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    __hash__ = None


class _View:
    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        m = self._mapping
        if self._kind == "KeysView":
            return iter(m)
        if self._kind == "ItemsView":
            return iter([(k, m[k]) for k in m])
        return iter([m[k] for k in m])

    def __contains__(self, x):
        return x in list(self)

    def __eq__(self, other):
        if self._kind == "ValuesView":
            return self is other
        return set(self) == set(other)

    # (A values view hashes by identity, as CPython's; keys and items views are unhashable.)
    def __hash__(self):
        if self._kind == "ValuesView":
            return object.__hash__(self)
        raise TypeError("unhashable type: '%s'" % self._kind)

    def __repr__(self):
        return "%s(%r)" % (self._kind, self._mapping)


class UserDict(_MappingMixin):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def copy(self):
        c = self.__class__()
        c.__dict__.update(self.__dict__)
        c.data = self.data.copy()
        return c

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class ChainMap(_MappingMixin):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _MappingMixin)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, _MappingMixin)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


def _data(x):
    return x.data if isinstance(x, (UserList, UserString)) else x


class UserList:
    _abc_names = ("Sequence", "MutableSequence")   # (for collections.abc)

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _data(other)

    def __le__(self, other):
        return self.data <= _data(other)

    def __eq__(self, other):
        return self.data == _data(other)

    def __gt__(self, other):
        return self.data > _data(other)

    def __ge__(self, other):
        return self.data >= _data(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.data += _data(other) if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __reversed__(self):
        return reversed(self.data)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_data(other))


class UserString:
    # Wraps a str: str's methods through __getattr__, a str result as the class's own.
    _abc_names = ("Sequence",)   # (for collections.abc)

    def __init__(self, seq):
        self.data = seq if isinstance(seq, str) else seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, other):
        return self.data == _data(other)

    def __lt__(self, other):
        return self.data < _data(other)

    def __le__(self, other):
        return self.data <= _data(other)

    def __gt__(self, other):
        return self.data > _data(other)

    def __ge__(self, other):
        return self.data >= _data(other)

    def __contains__(self, char):
        return _data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter([self.__class__(c) for c in self.data])

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, (str, UserString)):
            return self.__class__(self.data + _data(other))
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __getattr__(self, name):
        method = getattr(self.data, name)

        def call(*args, **kwds):
            r = method(*[_data(a) for a in args], **kwds)
            return self.__class__(r) if isinstance(r, str) and name not in ("format", "format_map") else r

        return call

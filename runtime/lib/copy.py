# copy: shallow and deep copies (copy, deepcopy, Error), as CPython's module, with __copy__ and
# __deepcopy__ hooks. Written in Python, compiled with the program only when it imports the
# module. An instance is copied as a new object of its class (made without __init__) with the
# same attributes (its __dict__'s and its __slots__'), or through __getstate__/__setstate__;
# an exception as its class called with its args. A built-in object of no other kind cannot
# be copied. (A class's __reduce__ is not used.)


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(Ellipsis), frozenset,
           slice, property, type(NotImplemented))


def _function():
    pass


_FUNCTION = type(_function)
_METHOD = type([].append)   # (a bound method's, a built-in's too)


def _new_like(x):
    cls = type(x)
    for base in (list, dict, set, bytearray):
        if isinstance(x, base):
            y = cls.__new__(cls) if cls is not base else base()
            return y
    try:
        return object.__new__(cls)
    except TypeError:
        # (Iterators, generators, modules, ...: CPython copies some iterators by their
        # reduction, which mpyc's have not. The message is joined, not added up: + would link
        # every type's addition.)
        raise TypeError("'".join(("cannot pickle ", cls.__name__, " object"))) from None


def _exception(x, each, memo=None, key=None):
    # An exception's copy, as CPython's (its reduction): its class called with its args, then
    # its attributes (a deep copy's known before them: an attribute may refer back to it).
    y = type(x)(*each(x.args))
    if memo is not None:
        memo[key] = y
    _set_attrs(y, x.__dict__, each)
    return y


def _copy_attrs(x, y, each):
    get = getattr(x, "__getstate__", None)
    if get is not None:
        state = get()
        set_ = getattr(y, "__setstate__", None)
        if set_ is not None:
            set_(each(state))
            return
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
            _set_attrs(y, slots, each)
        _set_attrs(y, state, each)
        return
    _set_attrs(y, getattr(x, "__dict__", None), each)
    for c in type(x).__mro__:
        names = getattr(c, "__slots__", ())
        for k in (names,) if isinstance(names, str) else names:
            if k not in ("__dict__", "__weakref__") and hasattr(x, k):
                object.__setattr__(y, k, each(getattr(x, k)))


def _set_attrs(y, d, each):
    if d:
        for k, v in d.items():
            object.__setattr__(y, k, each(v))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is _FUNCTION:
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return x[:]
    if cls in (dict, set, bytearray):
        return x.copy()
    if cls is _METHOD:
        # (A bound method is immutable: CPython's copy is bound again to the same object.)
        return x if type(x.__func__) is not _FUNCTION else cls(x.__func__, x.__self__)
    if isinstance(x, tuple):
        return x if cls is tuple else cls(*x) if hasattr(x, "_fields") else cls(x)
    if isinstance(x, BaseException):
        return _exception(x, lambda v: v)
    y = _new_like(x)
    if isinstance(x, (list, bytearray)):
        y.extend(x)
    elif isinstance(x, (dict, set)):
        y.update(x)
    _copy_attrs(x, y, lambda v: v)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is _FUNCTION:
        return x
    hook = getattr(cls, "__deepcopy__", None)
    if hook is not None:
        y = hook(x, memo)
    elif cls is _METHOD:
        # (A built-in's is atomic; a function's is bound to its object's copy, as CPython's.)
        if type(x.__func__) is not _FUNCTION:
            return x
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif isinstance(x, tuple):
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            y = x
        elif hasattr(x, "_fields"):
            y = cls(*items)
        else:
            y = tuple(items) if cls is tuple else cls(items)
    elif isinstance(x, BaseException):
        y = _exception(x, lambda v: deepcopy(v, memo), memo, key)
    else:
        y = _new_like(x)
        memo[key] = y
        if isinstance(x, list):
            y.extend([deepcopy(v, memo) for v in x])
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        elif isinstance(x, set):
            y.update(deepcopy(v, memo) for v in x)
        elif isinstance(x, bytearray):
            y.extend(x)
        _copy_attrs(x, y, lambda v: deepcopy(v, memo))
    memo[key] = y
    return y

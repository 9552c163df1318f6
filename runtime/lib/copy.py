# copy: shallow and deep copies (copy, deepcopy, Error), as CPython's module, with __copy__ and
# __deepcopy__ hooks. Written in Python, compiled with the program only when it imports the
# module. An instance is copied as a new object of its class (made without __init__) with the
# same attributes (its __dict__'s and its __slots__'), or through __getstate__/__setstate__.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(Ellipsis), frozenset,
           slice, property, type(NotImplemented))


def _function():
    pass


_FUNCTION = type(_function)


def _new_like(x):
    cls = type(x)
    for base in (list, dict, set, bytearray):
        if isinstance(x, base):
            y = cls.__new__(cls) if cls is not base else base()
            return y
    return object.__new__(cls)


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
    if cls is tuple:
        return x
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

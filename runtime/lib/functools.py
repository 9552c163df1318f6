# functools: higher-order functions, as CPython's module (reduce, partial, partialmethod, wraps,
# lru_cache, cache, cached_property, cmp_to_key, total_ordering, singledispatch,
# singledispatchmethod). Written in Python, compiled with the program only when
# it imports the module.

_NO_INITIAL = object()


def reduce(function, iterable, initial=_NO_INITIAL):
    it = iter(iterable)
    if initial is _NO_INITIAL:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for x in it:
        value = function(value, x)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


# (The annotations' name is split so that importing functools does not keep every function's
# annotations, about 18 KB of flash on a board: a program has them when some module of it
# names them (or imports typing or dataclasses). singledispatch's `register` by annotation
# needs them.)
_ANN = "__annot" "ations__"
WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", _ANN)
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    for name in updated:
        try:
            getattr(wrapper, name).update(getattr(wrapped, name, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


class _LruCacheWrapper:
    # A dict from the arguments to the result; the least recently used one goes first when
    # the cache is full (dicts keep their order: a hit moves its entry to the end).
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def _key(self, args, kwds):
        key = args
        if kwds:
            key += (_KWD_MARK,) + tuple(kwds.items())
        if self._typed:
            key += tuple(type(v) for v in args)
            if kwds:
                key += tuple(type(v) for v in kwds.values())
        return key

    def __call__(self, *args, **kwds):
        key = self._key(args, kwds)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if self._maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if self._maxsize is not None and self._maxsize <= 0:
            return result
        cache[key] = result
        if self._maxsize is not None and len(cache) > self._maxsize:
            del cache[next(iter(cache))]
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def cache_clear(self):
        self._cache = {}
        self._hits = self._misses = 0

    def __get__(self, obj, objtype=None):
        # As a method: bound to the instance, as a function would be.
        if obj is None:
            return self
        return partial(self, obj)


_KWD_MARK = object()


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        # `@lru_cache` without arguments.
        return _LruCacheWrapper(maxsize, 128, False)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _LruCacheWrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    return _LruCacheWrapper(user_function, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


# What each root comparison gives, for each of the other three: (its name, whether the root's
# answer is negated, then whether it is "or"-ed with ==, "and"-ed with !=, or taken as it is).
_DERIVED = {
    "__lt__": (("__gt__", True, "and"), ("__le__", False, "or"), ("__ge__", True, None)),
    "__le__": (("__ge__", True, "or"), ("__lt__", False, "and"), ("__gt__", True, None)),
    "__gt__": (("__lt__", True, "and"), ("__ge__", False, "or"), ("__le__", True, None)),
    "__ge__": (("__le__", True, "or"), ("__gt__", False, "and"), ("__lt__", True, None)),
}


def _derived(name, root, negate, join):
    # The comparison `name` from `root`, looked up on the operand's type at each call (a
    # subclass's own root answers), NotImplemented passed on.
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if join == "or":
            return r or self == other
        if join == "and":
            return r and self != other
        return r

    compare.__name__ = name
    return compare


def total_ordering(cls):
    # As CPython's: the roots are the ordering comparisons the class has that are not
    # object's (its own, inherited, a built-in base's), and the first of < <= > >= among
    # them gives those the class lacks.
    roots = {op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = next(op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in roots)
    for name, negate, join in _DERIVED[root]:
        if name not in roots:
            setattr(cls, name, _derived(name, root, negate, join))
    return cls


def _func_of(m):
    # The function of a classmethod or staticmethod, through a class holding it (they have
    # no __func__ here).
    if not isinstance(m, (classmethod, staticmethod)):
        return m
    holder = type("holder", (), {"m": m})
    return holder.m.__func__ if isinstance(m, classmethod) else holder.m


class partialmethod:
    def __init__(self, func, *args, **keywords):
        if not (callable(func) or isinstance(func, (classmethod, staticmethod)) or hasattr(func, "__get__")):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        f = self.func
        if isinstance(f, classmethod):
            return partial(_func_of(f), cls if cls is not None else type(obj), *self.args, **self.keywords)
        if isinstance(f, staticmethod):
            return partial(_func_of(f), *self.args, **self.keywords)
        if obj is None:
            def _method(cls_or_self, *args, **keywords):
                return f(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
            return _method
        return partial(f, obj, *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names (%r and %r)." % (self.attrname, name)
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property." % (type(instance).__name__, self.attrname)
            ) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def singledispatch(func):
    # The implementation for the first argument's class: the first of its MRO registered.
    registry = {}

    def dispatch(cls):
        for c in cls.__mro__:
            if c is not object and c in registry:
                return registry[c]
        for c in registry:
            # An ABC (or a class with __subclasshook__) registered: isinstance's answer.
            if c is not object and issubclass(cls, c):
                return registry[c]
        return registry[object]

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class or union type." % (cls,))
            # (Spelt out: a program that keeps this code keeps its functions' annotations.)
            ann = getattr(_func_of(cls), "__annotations__", None)
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either `@register(some_class)` or plain "
                    "`@register` on an annotated function." % (cls,)
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        for c in getattr(cls, "__args__", None) or (cls,):
            registry[c] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    args = getattr(cls, "__args__", None)
    return type(cls) is type(int | str) and all(isinstance(a, type) for a in args)


class singledispatchmethod:
    def __init__(self, func):
        if not (callable(func) or isinstance(func, (classmethod, staticmethod)) or hasattr(func, "__get__")):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            m = self.dispatcher.dispatch(args[0].__class__)
            if isinstance(m, classmethod):
                return _func_of(m)(cls if cls is not None else type(obj), *args, **kwargs)
            if isinstance(m, staticmethod):
                return _func_of(m)(*args, **kwargs)
            return m(obj, *args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, _func_of(self.func))
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

# abc: abstract base classes (ABC, ABCMeta, abstractmethod, abstractclassmethod,
# abstractstaticmethod, abstractproperty), as CPython's module. Written in Python, compiled with
# the program only when it imports the module. `register` makes a virtual subclass that
# isinstance() and issubclass() see (ABCMeta's __instancecheck__/__subclasscheck__), from the
# ABC and the ABCs it derives from; a class's __subclasshook__ answers first, as in CPython.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract(v):
    if getattr(v, "__isabstractmethod__", False):
        return True
    if isinstance(v, (classmethod, staticmethod)):
        # (Their function through a class holding them: they have no __func__ here.)
        holder = type("holder", (), {"m": v})
        return _abstract(holder.m)
    for part in ("fget", "fset", "fdel", "__func__"):
        if getattr(getattr(v, part, None), "__isabstractmethod__", False):
            return True
    return False


# (The deprecated forms, as functions: a class cannot derive from classmethod, staticmethod or
# property here.)
def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    return property(abstractmethod(fget), fset, fdel)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for key, value in namespace.items():
            if _abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for r in cls._abc_registry:
            if r is subclass or issubclass(subclass, r):
                return True
        return False

    def register(cls, subclass):
        # Seen from the ABCs this one derives from too.
        for base in cls.__mro__:
            registry = getattr(base, "_abc_registry", None)
            if registry is not None and subclass not in registry:
                registry.append(subclass)
        return subclass


class ABC(metaclass=ABCMeta):
    pass


def get_cache_token():
    return 0

# Metaclasses: metaclass= with keywords, __new__/__init__ through super() and type.__new__,
# methods and properties of the metaclass on its classes, __call__ (singletons), derived
# classes inheriting the metaclass, a function as metaclass, the conflict error, **kwargs in a
# class statement; and class objects using the metaclass's special methods (an enum-like class).
registry = []


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        registry.append(name)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.made_by_meta = True
        return obj


class Base(metaclass=Meta, tag="b"):
    def __init__(self, x):
        self.x = x


class Derived(Base):
    pass


print(registry)
print(type(Base) is Meta, type(Derived) is Meta, isinstance(Base, Meta), isinstance(Base, type))
print(Base.tag, Derived.tag, Base.inited, Derived.inited)
print(Base.describe(), Derived.upper_name)
d = Derived(5)
print(d.x, d.made_by_meta, type(d) is Derived, isinstance(d, Base))


def func_meta(name, bases, ns):
    ns["added"] = 1
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.added, type(F) is type)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.v = 1


print(Config() is Config(), Config().v)


class P:
    def __init_subclass__(cls, **kw):
        cls.opts = kw


opts = {"a": 1}


class Q(P, **opts, b=2):
    pass


print(Q.opts)


class T(metaclass=type):
    pass


print(type(T))


class M2(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.m2 = name


class Z(metaclass=M2):
    pass


print(Z.m2, type(Z).__name__, Z.__name__)


class Other(type):
    pass


try:
    class Bad(Z, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError:", e)


class Registry(type):
    plugins = {}

    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        if bases:
            mcs.plugins[name] = cls
        return cls


class Plugin(metaclass=Registry):
    def run(self):
        return type(self).__name__


class A(Plugin):
    pass


class B(Plugin):
    pass


print(sorted(Registry.plugins), [Registry.plugins[k]().run() for k in sorted(Registry.plugins)])
class EnumMeta(type):
    def __iter__(cls):
        return iter([v for k, v in sorted(vars(cls).items()) if not k.startswith("_")])

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __contains__(cls, v):
        return v in list(cls)

    def __repr__(cls):
        return "<enum " + cls.__name__ + ">"


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color), Color["GREEN"], 2 in Color, 7 in Color, repr(Color), str(Color))
print(Color, [c for c in Color])

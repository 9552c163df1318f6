# Every class has its own __doc__ (None without a docstring) and __module__: an instance
# finds its class's, not a base's (a base from another module has another __module__).
import implicit_class_base as base


class C:
    "doc"


class D(C):
    pass


class M(C):
    x = 1


class B2(base.Base):
    pass


class P2(base.Plain):
    "own"


print(D().__doc__, D.__doc__, C().__doc__, M().__doc__, M.__doc__)
print(C().__module__, D().__module__, B2().__module__, B2.__module__, B2().__doc__)
print(base.Base().__module__, base.Plain().__module__, base.Base().__doc__)
print(P2().__doc__, P2().__module__, P2.__module__)
E = type("E", (C,), {})
print(E().__doc__, E.__doc__, E().__module__)


class Err(ValueError):
    "an error"


class Err2(Err):
    pass


print(Err().__doc__, Err2().__doc__, Err2().__module__)

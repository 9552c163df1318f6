# A class's own __module__, __qualname__ and __doc__, read at one site again and again: a
# base's (set in its body, or a docstring) must not stand in for them after the first read.
class Base:
    """Base's docstring."""
    __module__ = "elsewhere"


class Outer:
    class Inner:
        pass


class Child(Base):
    pass


class Grandchild(Outer.Inner):
    pass


def describe(cls):
    return "%s %s %r" % (cls.__module__, cls.__qualname__, cls.__doc__)


for _ in range(3):
    print(describe(Child), "|", describe(Grandchild), "|", describe(Base))
for cls in [Child, Child, Base, Base, Child, Outer.Inner, Grandchild]:
    print(cls.__name__, cls.__module__, cls.__qualname__, cls.__doc__)

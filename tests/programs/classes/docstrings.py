# A class's docstring is its __doc__; a class without one (a subclass too) has None, and so do
# its instances' lookups through it. (Function docstrings are not kept: docs/language.md.)
class Plain:
    pass


class Documented:
    """What it is for."""

    def method(self):
        return self.__doc__


class Sub(Documented):
    pass


class Later:
    x = 1
    "not a docstring: not the first statement"


print(Plain.__doc__, Plain().__doc__)
print(Documented.__doc__, Documented().method())
print(Sub.__doc__)
print(Later.__doc__)
print(hasattr(Plain, "__doc__"), getattr(Plain(), "__doc__", "missing"))
print("__doc__" in Documented.__dict__)

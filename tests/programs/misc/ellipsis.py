# `...` is a value: the Ellipsis singleton, in expressions, containers and stubs.
def stub():
    ...


class Protocol:
    def method(self): ...


x = ...
print(stub(), Protocol().method(), x, repr(...), str(...))
print(type(x).__name__, x is Ellipsis, ... is ..., x == Ellipsis, x != None)
print([..., 1], (..., ...), {...: "dots"}[Ellipsis])
print(bool(...), hash(...) == hash(Ellipsis))


def default(a=...):
    return "missing" if a is ... else a


print(default(), default(3))

# typing.Protocol with @runtime_checkable: isinstance/issubclass by structure (methods and
# annotated attributes), the errors for non-runtime protocols, and the Supports* protocols.
from typing import (Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsIndex,
                    SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex)


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Plain(Protocol):
    def run(self) -> None: ...


class Square:
    def draw(self):
        return "[]"


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


class Robot:
    def greet(self):
        return "beep"


class Blocked(Square):
    draw = None


class Explicit(Drawable):
    pass


print(isinstance(Square(), Drawable), isinstance(1, Drawable), isinstance(Blocked(), Drawable))
print(isinstance(Person("ann"), Named), isinstance(Robot(), Named), isinstance(Explicit(), Drawable))
print(issubclass(Square, Drawable), issubclass(int, Drawable), issubclass(Blocked, Drawable), issubclass(Explicit, Drawable))
shapes = [Square(), "text", Person("bo"), Explicit()]
print([type(s).__name__ for s in shapes if isinstance(s, Drawable)])
for check in (lambda: isinstance(Square(), Plain), lambda: issubclass(Square, Plain),
              lambda: issubclass(Person, Named), lambda: issubclass(3, Drawable),
              lambda: runtime_checkable(Square)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __abs__(self):
        return Meters(abs(self.v))


values = [3, 2.5, True, "7", b"x", 1j, Meters(-4), [1]]
for proto in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex):
    print(proto.__name__, [isinstance(v, proto) for v in values])
print(issubclass(int, SupportsIndex), issubclass(float, SupportsIndex), issubclass(Meters, SupportsInt), issubclass(str, SupportsAbs))
print(SupportsInt, isinstance(SupportsInt, type))
print(sum(int(v) for v in values[:3] + values[6:7] if isinstance(v, SupportsInt)))

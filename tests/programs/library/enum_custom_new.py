# An enum whose class defines __new__ makes its members with it (setting _value_ or not),
# then looks them up by value; members equal by _value_ are aliases; __init__ runs after.
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = mass
        obj.radius = radius
        return obj

    @property
    def surface(self):
        return round(self.radius / 1000)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.surface, Planet(3.303e+23))
print(list(Planet), Planet.MERCURY.name)


class Coord(Enum):
    X = 1, "ex"
    Y = 2, "why"

    def __new__(cls, num, label):
        m = object.__new__(cls)
        m._value_ = num
        m.label = label
        return m


print(Coord(2), Coord.X.label, Coord.Y.value, [c.label for c in Coord])


class Prio(IntEnum):
    LOW = 1, "low"
    HIGH = 2, "high"

    def __new__(cls, n, text):
        m = int.__new__(cls, n)
        m._value_ = n
        m.text = text
        return m


print(Prio.HIGH, Prio.HIGH + 1, Prio(1).text, Prio.LOW < Prio.HIGH)


class NoValue(Enum):
    A = "a"
    B = "b"

    def __new__(cls, v):
        m = object.__new__(cls)
        m.extra = v * 2
        return m


print(NoValue.A.value, NoValue.B.extra, NoValue("a"))


class Alias(Enum):
    ONE = 1, "x"
    UNO = 1, "y"

    def __new__(cls, n, t):
        m = object.__new__(cls)
        m._value_ = n
        return m


print(Alias.UNO is Alias.ONE, list(Alias))

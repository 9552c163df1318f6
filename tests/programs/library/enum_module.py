# enum: Enum members (aliases, lookup by value and name, iteration, methods), IntEnum, StrEnum, auto,
# Flag combinations, members with __init__ (tuples), unique, match on members.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON])
print(Color, type(Color.RED), isinstance(Color.RED, Color), list(Color.__members__))
print(f"{Color.RED}", "%s" % Color.BLUE)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE + 1, Num.TWO == 2, Num(2), repr(Num.ONE), str(Num.TWO), f"{Num.ONE}", sorted([Num.TWO, Num.ONE]))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print([(m.name, m.value) for m in Auto])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(Perm.R, Perm.W.value, rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"


print(Shape.CIRCLE, Shape.SQUARE == "sq", repr(Shape.CIRCLE))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

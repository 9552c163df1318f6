import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = "r"
    GREEN = "g"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None


print(Color("R"), Color("g"))
try:
    Color("x")
except ValueError as e:
    print("ValueError", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Bad(2)
except TypeError as e:
    print("TypeError", e)


class Raise(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raise(3)
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3), repr(Animal))
Shape = Enum("Shape", "SQUARE, CIRCLE")
print(list(Shape))
Pets = Enum("Pets", ["A", "B"], start=10)
print(list(Pets))
Pairs = Enum("Pairs", [("X", "x"), ("Y", "y")])
print(list(Pairs), Pairs("y"))
Mapped = Enum("Mapped", {"ONE": 1, "TWO": 2})
print(list(Mapped), Mapped.TWO)
Nums = IntEnum("Nums", "A B")
print(list(Nums), Nums.B + 1, isinstance(Nums.A, int))
Names = StrEnum("Names", "ALPHA BETA")
print(list(Names), Names.BETA.upper())
Bits = Flag("Bits", "X Y Z")
print(list(Bits), Bits.X | Bits.Z)
try:
    Animal("x", "y")
except TypeError as e:
    print("TypeError", e)


class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(P.RW, P.R | P.W, repr(P.R | P.W), P.RW is (P.R | P.W))
print(list(P), len(P), list(P.__members__))
for v in (0, 3, 5, 7):
    m = P(v)
    print(repr(m), str(m), m.name, list(m), bool(m))
print(repr(~P.R), ~P.RW, ~P(0), ~P(7), repr(P.R & P.W), repr(P.R ^ P.RW))
print(P.R in P.RW, P.X in P.RW)
try:
    P.R in 1
except TypeError as e:
    print("TypeError", e)
try:
    P(8)
except ValueError as e:
    print("ValueError", e)
try:
    P.R | 1
except TypeError as e:
    print("TypeError", e)


class Perm(Flag):
    R = 1
    W = 2
    RW = 3


print(list(Perm), len(Perm))
print(Perm(0), repr(Perm(0)), Perm(3) is Perm.RW)


class I(IntFlag):
    A = 1
    B = 2


for v in (5, 9, 12, 0, 3):
    print(repr(I(v)), I(v).name, list(I(v)), str(I(v)))
print(repr(I.A | 4), repr(4 | I.A), repr(I.A & 3), repr(I.A ^ I.B), repr(~I.A), I.A + 1, format(I.B, "03d"))
print(repr(P), repr(I), f"{P.R}", f"{I.A}")


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    A = auto()
    B = auto()


print(list(Auto))


class Num(IntEnum):
    ONE = 1
    TWO = auto()


print(list(Num), Num(2), repr(Num.TWO))

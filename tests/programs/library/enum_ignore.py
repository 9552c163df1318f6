# enum's _ignore_: the names it lists (a list, or a str of names split at spaces and commas)
# are the class body's own, neither members nor attributes, and not counted by auto().
from enum import Enum, IntEnum, Flag, auto


class Ig(Enum):
    _ignore_ = ["tmp"]
    X = 1
    tmp = 5


print(list(Ig), hasattr(Ig, "tmp"), hasattr(Ig, "_ignore_"), Ig(1))
try:
    Ig(5)
except ValueError as e:
    print("ValueError", e)


class Period(IntEnum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i * 10


print(list(Period), hasattr(Period, "i"), hasattr(Period, "Period"), Period.day_2 + 1)


class S(Enum):
    _ignore_ = "a, b"
    a = 1
    b = 2
    c = 3


print(list(S), S.__members__.keys() == {"c"})


class A(Enum):
    _ignore_ = ("t",)
    t = 9
    X = auto()
    Y = auto()


print(list(A), A.X.value, A.Y.value)


class Perm(Flag):
    _ignore_ = "bits"
    bits = [1, 2, 4]
    R = bits[2]
    W = bits[1]
    X = bits[0]


print(list(Perm), Perm.R | Perm.W, hasattr(Perm, "bits"))

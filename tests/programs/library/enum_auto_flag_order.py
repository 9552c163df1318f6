# enum: auto() after explicit values (CPython 3.11: one more than the largest), and the order of members named in a Flag/IntFlag value's repr, str and iteration.
from enum import Enum, IntEnum, Flag, IntFlag, auto


class E(Enum):
    A = 7
    B = 9
    C = 3
    D = auto()
    F = auto()


print(list(E), [m.value for m in E])


class G(Enum):
    A = auto()
    B = 10
    C = auto()
    D = 5
    E = auto()
    F = 5


print([(m.name, m.value) for m in G], G.F is G.D, G(5))


class H(IntEnum):
    X = 100
    Y = 1
    Z = auto()


print(list(H), H.Z + 0)


class Mixed(Enum):
    S = "text"
    T = auto()
    U = 2
    V = auto()


print([(m.name, m.value) for m in Mixed])
Func = Enum("Func", [("A", 4), ("B", 2)])
print(list(Func))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for v in (Perm.R | Perm.W | Perm.X, Perm.R | Perm.X, Perm.X | Perm.W, Perm(0), Perm(8), Perm(13), ~Perm.R, Perm.R & Perm.W):
    print(repr(v), str(v), v.name, format(v), f"{v}", list(v), len(v))
print(list(Perm), Perm.R in Perm(7), Perm(7) == 7)


class Color(Flag):
    RED = 4
    GREEN = 1
    BLUE = 2
    WHITE = 7
    CYAN = 3


for v in (Color.RED | Color.BLUE, Color.RED | Color.GREEN | Color.BLUE, Color.GREEN | Color.BLUE, Color(0), ~Color.RED, ~Color.GREEN):
    print(repr(v), str(v), v.name, list(v))
print(list(Color), Color.CYAN, repr(Color.WHITE), [m.name for m in Color.WHITE])


class Ordered(Flag):
    A = 1
    B = 2
    C = 4
    AC = 5


for v in (Ordered.A | Ordered.C, Ordered.C | Ordered.B, ~Ordered.A, Ordered(7)):
    print(repr(v), str(v), v.name, list(v))


class Auto(Flag):
    HIGH = 8
    LOW = 1
    NEXT = auto()


print(list(Auto), repr(Auto.HIGH | Auto.LOW | Auto.NEXT), str(Auto.NEXT | Auto.LOW))


class Bits(IntFlag):
    B2 = 4
    B0 = 1
    B3 = 8


print(repr(Bits(15)), str(Bits(15)), repr(Bits(-1)), repr(Bits.B3 | 2), Bits(13).name)

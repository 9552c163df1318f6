# A name an enum class lacks: AttributeError(name), as CPython 3.11 says; a member's `name` and `value` are not the class's.
from enum import Enum, IntEnum, Flag
class E(Enum):
    A = 1
    B = 2
class F(IntEnum):
    X = 3
for cls, name in [(E, "C"), (E, "_x"), (F, "Y"), (E, "__foo__")]:
    try:
        getattr(cls, name)
    except AttributeError as e:
        print(repr(e))
print(E.A, E.B.value, F.X + 1, hasattr(E, "A"), hasattr(E, "Z"), E["B"], list(E))
print(getattr(E, "name", "dflt"), E.A.name)

# enum's metaclass is EnumType in 3.11; EnumMeta is its old name.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(type(Color).__name__, enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType))
print(type(enum.IntEnum).__name__, type(Color.RED).__name__, repr(Color.RED))

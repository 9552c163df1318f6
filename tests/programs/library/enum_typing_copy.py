# Enum members of a data type hash as their values, copy as themselves and cannot be reassigned; a dataclass inside itself; copy of slices; typing's unions, aliases in isinstance, get_origin/get_args of list[int].
import copy
from enum import Enum, IntEnum, IntFlag
from dataclasses import dataclass
import typing
from typing import Union, get_origin, get_args, Optional

class C(IntEnum):
    A = 1
    B = 2
class S(str, Enum):
    K = "k"
class P(Enum):
    R = 1
class F(IntFlag):
    X = 1
    Y = 2
print({1: "x"}.get(C.A), {"k": 1}.get(S.K), C.A in {1}, hash(C.A) == hash(1), hash(S.K) == hash("k"))
print({C.A: 1}[1], {1: 2}[C.A], hash(F.X) == hash(1), {P.R: 5}[P.R])
print(copy.deepcopy(P.R) is P.R, copy.copy(C.B) is C.B, copy.deepcopy([P.R, C.A])[0] is P.R)
try:
    P.R = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del P.R
except AttributeError as e:
    print("AttributeError:", e)
print(P.R, list(P))
P.extra = 5
print(P.extra)

@dataclass
class N:
    other: object = None
n = N()
n.other = n
print(n, N(N(1)))

print(copy.copy(slice(1, 2)), copy.deepcopy(NotImplemented), copy.deepcopy({"s": slice(None)}))
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == Union[int, float])
print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance({}, typing.Mapping), isinstance(3, typing.Sequence))
print(issubclass(list, typing.Sequence), isinstance((1,), typing.Tuple))
print(get_origin(dict[str, int]), get_args(dict[str, int]), get_origin(list[int]), get_args(tuple[int, ...]))
print(get_origin(Optional[int]), get_args(Optional[int]))

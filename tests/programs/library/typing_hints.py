import typing
from typing import (Any, Callable, ClassVar, Dict, List, Literal, Optional, Tuple, Union, get_args,
                    get_origin, get_type_hints, TypeGuard, Required, NotRequired, Concatenate)


class Node:
    pass


class Base:
    z: int
    w: "List[int]"


class C(Base):
    a: int
    b: "str"
    c: Optional[List[int]] = None
    d: "Dict[str, Tuple[int, ...]]"
    e: None
    f: "C"
    g: "int | None"
    h: "Callable[[int, str], bool]"


for k, v in get_type_hints(C).items():
    print(k, v)


def f(x: int, y: List[str], z: "Optional[float]" = None) -> bool:
    return True


print(get_type_hints(f))


def g(n: "Missing") -> None:
    pass


try:
    get_type_hints(g)
except NameError as e:
    print("NameError", e)
print(get_type_hints(g, localns={"Missing": bytes}))
for tp in (List[int], Dict[str, int], Tuple[int, str], Optional[int], Union[int, str], int | str,
           Literal[1, 2], ClassVar[int], int, List, Any):
    print(tp, get_origin(tp), get_args(tp))
print(get_origin(Literal[42]) is Literal, get_origin(Union[int, str]) is Union)
print(TypeGuard[int], Required[int], NotRequired[str], Concatenate[int, ...])


def h(n: "List[Node]", m: "typing.Set[Node]"):
    pass


print(get_type_hints(h, localns={"Node": Node}))
print(get_args(Callable[[int], str]), get_args(Callable[..., int]))

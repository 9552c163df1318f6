# PEP 604 unions of types, evaluated at run time: annotations, isinstance, repr, __args__.
from typing import TypeVar
import collections.abc

T = TypeVar("T")


class Node:
    data: int
    count: int | None = None


def first(xs: list[T], default: int | None = None) -> T:
    return xs[0] if xs else default


def f(x: "Node | None", y: collections.abc.Iterable[int] | None = None) -> str | bytes:
    return "ok"


print(Node.count, first([7]), first([], 3), f(None))
print(int | None, None | str, int | str | float, int | int, (int | str) | (str | bytes), Node | None)
u = int | str
print(isinstance(3, u), isinstance("a", u), isinstance(2.5, u), isinstance(None, int | None), issubclass(bool, u), issubclass(float, u))
print(u.__args__, (int | None).__args__, type(u).__name__, int | str == int | str)
for bad in (lambda: int | 3, lambda: "x" | int, lambda: None | None):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
from typing import Optional, Union, Dict, Callable, Tuple
print(T | None, None | T, Optional[int] | str, Union[int, None, str], Dict[str, None], Tuple[None], Callable[..., None])
print(Union[int | str, bytes], Optional[int | None])

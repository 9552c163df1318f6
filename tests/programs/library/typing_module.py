# typing as programs with type hints use it: hints in signatures and on names, generic
# classes, Protocol, TypedDict, NamedTuple, TypeVar, NewType, cast, overload.
# expect: no warnings
from typing import Any, Callable, Dict, Generic, List, NamedTuple, NewType, Optional, Protocol
from typing import Tuple, TypedDict, TypeVar, Union, cast, overload, TYPE_CHECKING, Iterator
import typing

T = TypeVar('T')
UserId = NewType('UserId', int)
Vector = List[float]
Pair = tuple[int, int]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class Movie(TypedDict):
    name: str
    year: int


Point = NamedTuple('Point', [('x', int), ('y', int)])


def scale(v: Vector, k: float = 2.0) -> Vector:
    return [k * x for x in v]


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


@overload
def double(x: int) -> int:
    ...


def double(x: Any) -> Any:
    return x * 2


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), scale([1.0, 2.5]), first([]), first(['a']), apply(lambda n: n + 1, 41), double(21))
print(UserId(5), cast(int, '7'), TYPE_CHECKING, T, Point(1, 2), Point(1, 2).x)
m = Movie(name='Alien', year=1979)
print(m, isinstance(m, dict))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], typing.Any)
print(List[int] == List[int], Callable[[int], str], Iterator[int])
d: Dict[str, List[int]] = {'a': [1]}
p: Pair = (1, 2)
print(d, p, dict[str, int]())

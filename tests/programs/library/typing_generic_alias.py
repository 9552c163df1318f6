# Generic classes subscripted (`Stack[int]`), as typed programs use them: the alias prints as
# CPython's, makes objects of the class, is a base, substitutes TypeVars; and ParamSpec's
# `P.args`/`P.kwargs` in a typed decorator.
from typing import Callable, Generic, ParamSpec, Protocol, TypeVar, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
P = ParamSpec("P")
R = TypeVar("R")


class Stack(Generic[T]):
    limit = 10

    def __init__(self, first=None):
        self.items = [] if first is None else [first]

    def push(self, item: T) -> None:
        self.items.append(item)


class Pair(Generic[K, T]):
    pass


print(Stack[int], Stack[int] is Stack, Stack[int] == Stack[int], Stack[int] == Stack[str])
print(Stack[int].__origin__, Stack[int].__args__, Generic[T], Stack.__bases__)
s = Stack[int](3)
s.push(4)
print(s.items, s.__orig_class__, type(s).__name__, Stack[int].limit)
print(Pair[str, int], Pair[K, int][bytes], get_origin(Pair[str, int]), get_args(Pair[str, int]))


class IntStack(Stack[int]):
    pass


print(IntStack.__bases__, [c.__name__ for c in IntStack.__mro__])
print(len({Stack[int], Stack[int], Stack[str]}))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print(e)


class Sized2(Protocol[T]):
    def size(self) -> int: ...


print(Sized2.__bases__)


def logged(func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1), add(1, b=5), P, P.args, P.kwargs, P.args.__origin__ is P)


class Outer:
    class Inner(Generic[T]):
        pass


print(Outer.Inner[int], Pair[T, T][int], Stack[int].__name__, Stack[int].__qualname__)

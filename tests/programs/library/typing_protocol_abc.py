# typing.Protocol alongside abc: a class may derive from an ABC and a protocol, protocols
# take register(), generic protocols (Protocol[T]), property and data members, sub-protocols,
# and attributes set in __init__ or by a dataclass.
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


@runtime_checkable
class HasArea(Protocol):
    @property
    def area(self) -> int: ...


@runtime_checkable
class Labeled(Drawable, Protocol):
    label: str


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Circle(Shape, Drawable):
    def area(self):
        return 3

    def draw(self):
        return "O"


@dataclass
class Tile:
    side: int
    label: str = "tile"

    @property
    def area(self):
        return self.side ** 2

    def draw(self):
        return "#" * self.side

    def get(self):
        return self.side


class Legacy:
    pass


print(isinstance(Circle(), Drawable), isinstance(Circle(), Shape), Circle().draw(), isinstance(Circle(), Labeled))
try:
    class Half(Shape, Drawable):
        pass
    Half()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), isinstance(Legacy(), Labeled))
t = Tile(2)
print(isinstance(t, Box), isinstance(t, HasArea), isinstance(t, Labeled), isinstance(t, Shape))
print(issubclass(Tile, Box), issubclass(Tile, Drawable), issubclass(Circle, Box))
items = [t, Circle(), Legacy(), 5, Tile(3, "big")]
print([x.label for x in items if isinstance(x, Labeled)], [x.draw() for x in items if isinstance(x, Labeled)])
try:
    issubclass(Tile, HasArea)
except TypeError as e:
    print("TypeError:", e)

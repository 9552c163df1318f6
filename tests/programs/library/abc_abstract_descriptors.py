from abc import ABC, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod


class Shape(ABC):
    @classmethod
    @abstractmethod
    def unit(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @property
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def draw(self): ...


class Partial(Shape):
    @classmethod
    def unit(cls):
        return cls.__name__

    def draw(self):
        return "drawn"


class Full(Partial):
    @staticmethod
    def helper():
        return "help"

    @property
    def area(self):
        return 4


for cls in (Shape, Partial, Full):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.area, obj.unit(), obj.helper(), obj.draw())
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), sorted(Full.__abstractmethods__))


class Old(ABC):
    @abstractclassmethod
    def make(cls): ...

    @abstractstaticmethod
    def util(): ...

    area = abstractproperty(lambda self: 0)


try:
    Old()
except TypeError as e:
    print("TypeError", e)

# A metaclass's __instancecheck__ and __subclasscheck__ answer isinstance() and issubclass(),
# in tuples too; an object of exactly the class is an instance without asking; abc.register
# makes virtual subclasses that both see.
import abc


class Meta(type):
    calls = 0

    def __instancecheck__(cls, obj):
        Meta.calls += 1
        return obj == 42 or type(obj) is cls

    def __subclasscheck__(cls, sub):
        return sub is int or cls in sub.__mro__


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), isinstance(Answer(), Answer), Meta.calls)
print(isinstance(42, (str, Answer)), isinstance("x", (Answer, str)))
print(issubclass(int, Answer), issubclass(float, Answer), issubclass(Answer, Answer))
checks = [isinstance(x, Answer) for x in (42, 43, 42.0)]
print(checks)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


class Circle:
    def area(self):
        return 3


print(isinstance(Square(), Shape), isinstance(Circle(), Shape), issubclass(Circle, Shape))
Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), issubclass(Square, Shape))
Shape.register(tuple)
print(isinstance((1, 2), Shape), isinstance([1, 2], Shape), issubclass(bool, Shape))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)

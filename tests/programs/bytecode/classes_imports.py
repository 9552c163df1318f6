# Class statements and imports in the bytecode's own instruction set (class_ns, make_class,
# import, import_from, super and the __class__ cell), beside those left to the lowering: a
# body that reads its own names, keywords. Ends with an error raised while making a class, whose
# traceback names the class statement's line.
import math
from math import sqrt, pi as PI
import time as t


class Point:
    """A point."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @staticmethod
    def zero():
        return Point(0, 0)

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return [Point(self.x * i, self.y * i) for i in range(k)]


class Point3(Point):
    DIMENSIONS = 3
    unit = None

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Counter:
    START = 10
    step = START + 1  # reads its own name: left to the lowering

    def __init__(self):
        self.n = Counter.START


class Child(Point):
    def __init__(self):
        super().__init__(7, 8)


class Base2:
    def hello(self):
        return "base"

    @classmethod
    def make(cls):
        return cls()


class Derived2(Base2):
    def hello(self):
        return "derived+" + super().hello()

    def which(self):
        return __class__.__name__

    @classmethod
    def make(cls):
        return super().make()


class Tagged(Point, metaclass=type):
    pass


def decorate(cls):
    cls.decorated = True
    return cls


@decorate
class Plain:
    pass


def make(k):
    import math as m
    from math import floor

    class Local:
        def get(self):
            return k + floor(m.pi)

    return Local


print(Point(1, 2), Point.zero(), Point(3, -4).norm, Point.__doc__, Point.__qualname__)
print(Point.__init__.__qualname__, Point.zero.__qualname__, Point(1, 1).scaled(3))
p3 = Point3(1, 2, 3)
print(p3.z, p3.DIMENSIONS, p3.unit, isinstance(p3, Point), Point3.__mro__[1].__name__)
print(Counter().n, Counter.step, Child(), Tagged(0, 1), Plain.decorated)
print(Derived2().hello(), Derived2().which(), type(Derived2.make()).__name__)
L = make(5)
print(L().get(), L.__qualname__, L.get.__qualname__, L.__module__)
print(sqrt(16.0), PI > 3, math.floor(2.5), t.__name__)
try:
    from math import not_there
except ImportError as e:
    print("ImportError:", type(e).__name__)


class Base:
    def __init_subclass__(cls):
        raise ValueError("no subclasses of " + cls.__name__)


class Sub(Base):
    pass

# Private names: a base's and a subclass's __x do not meet.
class Base:
    __count = 0

    def __init__(self):
        self.__secret = "base"
        Base.__count += 1

    def __helper(self):
        return "Base helper"

    def reveal(self):
        return self.__secret, self.__helper(), self.__helper.__name__

    @classmethod
    def count(cls):
        return cls.__count


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def __helper(self):
        return "Child helper"

    def mine(self):
        return self.__secret, self.__helper()


c = Child()
print(c.reveal(), c.mine(), Base.count())
print(sorted(k for k in vars(c)), c._Base__secret, c._Child__secret)
print(hasattr(c, "__secret"), getattr(c, "_Child__secret"))
print(Child._Child__helper.__name__, Child._Child__helper.__qualname__)


class __Hidden:
    __slot = 1

    def get(self):
        return self.__slot


print(__Hidden().get(), __Hidden._Hidden__slot)


class Outer:
    class __Inner:
        __z = 5

        def g(self):
            return self.__z

    def make(self):
        return self.__Inner().g(), type(self.__Inner()).__name__


print(Outer().make(), Outer._Outer__Inner._Inner__z)


def free(x):
    return x


class Uses:
    def __init__(self, __value=3):
        self.v = (lambda: __value)()
        self.w = [__value + i for i in range(2)]

    def run(self):
        try:
            raise ValueError("x")
        except ValueError as __e:
            return str(__e), free(__e.args)


u = Uses()
print(u.v, u.w, u.run())
try:
    c.__helper()
except AttributeError as e:
    print("AttributeError", e)


class Slotted:
    __slots__ = ("__x", "y")

    def __init__(self):
        self.__x = 1
        self.y = 2

    def total(self):
        return self.__x + self.y


print(Slotted().total(), Slotted.__slots__)

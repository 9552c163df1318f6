# What operator methods return is the operator's value: a comparison method's object as it
# is (vectors and query builders return objects, not bools), the right operand's reflected
# method first when its class is a subclass of the left's with its own, and `__iadd__`
# returning NotImplemented falls back to `__add__`.
class V:
    def __init__(self, xs):
        self.xs = xs

    def __eq__(self, o):
        return V([a == b for a, b in zip(self.xs, o.xs)])

    def __lt__(self, o):
        return V([a < b for a, b in zip(self.xs, o.xs)])

    def __repr__(self):
        return f"V({self.xs})"


print(V([1, 2]) == V([1, 3]))
print(V([1, 2]) < V([2, 2]))
print([V([i]) == V([1]) for i in range(2)])


class MyInt(int):
    def __gt__(self, o):
        return "gt!"


print(1 < MyInt(2), MyInt(2) > 1)


class Q:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return ("eq", self.n, o)

    def __lt__(self, o):
        return NotImplemented


print(Q(1) == 3, 3 == Q(2))
try:
    print(Q(1) < 3)
except TypeError as e:
    print("TypeError", e)
if Q(5) == 5:
    print("a non-empty tuple is true")


class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __eq__(self, o):
        return True


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"

    def __eq__(self, o):
        return False


class Same(Base):
    pass


print(Base() + Derived(), Base() == Derived(), Base() + Same())


class C:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "C.__add__"


c = C()
c += 1
print(c)


class D:
    def __iadd__(self, o):
        return NotImplemented


d = D()
try:
    d += 1
except TypeError as e:
    print("TypeError", e)

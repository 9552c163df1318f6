# A built-in type's operator method returns NotImplemented for an operand its type does not take.
print((1).__add__(1.5), (1).__radd__(1.5), (1.5).__add__(1), (1.5).__radd__(2), (2).__mul__(3))
print((1).__truediv__(2.0), (7).__floordiv__(2), (True).__add__(1), (1).__lshift__(2))
print((1j).__add__(1), (1.0).__add__(1j), (1.0).__add__("a"))
print({1}.__or__([2]), {1}.__or__({2}), frozenset([1]).__and__({1}), {1: 2}.keys().__or__([3]))
print("a".__mul__(3), [1].__mul__(2), (1,).__rmul__(2), "ab".__mod__(()))
try:
    "a".__add__(1)
except TypeError as e:
    print(e)

class MyInt(int):
    def __add__(self, o):
        r = super().__add__(o)
        return NotImplemented if r is NotImplemented else MyInt(r)
    __radd__ = __add__
print(MyInt(1) + 1.5, MyInt(1) + 2, type(MyInt(1) + 2).__name__, 2.5 + MyInt(1))

class Money(float):
    def __add__(self, o):
        r = super().__add__(o)
        return r if r is NotImplemented else Money(r)
print(Money(1.5) + 1, type(Money(1.5) + 1).__name__)

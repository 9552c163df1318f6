# A built-in type's subclass whose operator method returns NotImplemented: that is the
# class's answer (then the other operand's reflected method, then TypeError), not a way to
# the base type's operator, as CPython's slots; the base's operator serves only an operand
# whose class does not define the method.


def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except TypeError as e:
        print("TypeError", e)


class V(tuple):
    def __add__(self, other):
        return NotImplemented


class W(tuple):
    def __radd__(self, other):
        return "radd"


show(lambda: V((1,)) + (2,))
show(lambda: (2,) + V((1,)))
show(lambda: V((1,)) * 2)
show(lambda: W((1,)) + (2,))
show(lambda: (2,) + W((1,)))


class X(list):
    def __mul__(self, o):
        return NotImplemented

    def __iadd__(self, o):
        return NotImplemented


show(lambda: X([1]) * 2)
show(lambda: 2 * X([1]))
show(lambda: X([1]) + [2])
x = X([1])
x += [2]
print(type(x).__name__, x)


class Y(list):
    def __add__(self, o):
        return NotImplemented


y = Y([1])
y += [2]
print(type(y).__name__, y)
show(lambda: Y([1]) + [2])


class I(int):
    def __add__(self, o):
        return NotImplemented


show(lambda: I(1) + 2)
show(lambda: 2 + I(1))
show(lambda: I(1) + I(2))
show(lambda: I(1) + 2.5)
show(lambda: I(1) - 5)


class S(str):
    def __mod__(self, o):
        return NotImplemented


show(lambda: S("%s") % 2)
show(lambda: S("a") + "b")


class F(frozenset):
    def __or__(self, o):
        return NotImplemented


show(lambda: sorted(F({1}) | {2}))
show(lambda: sorted(F({1}) | F({2})))


class D(dict):
    def __or__(self, o):
        return NotImplemented


show(lambda: D(a=1) | {"b": 2})
d = D(a=1)
d |= {"c": 3}
print(type(d).__name__, d)


class T(tuple):
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "T.radd"


show(lambda: V((1,)) + T((2,)))

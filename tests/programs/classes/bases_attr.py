# A class's `__bases__` (as written) and `__base__` (whose layout it extends), for classes of
# the program and built-in types.
class A:
    pass


class B(A):
    pass


print(B.__bases__, B.__base__, A.__bases__, A.__base__)
print(object.__bases__, object.__base__, int.__bases__, bool.__bases__, bool.__base__)
print(KeyError.__bases__, KeyError.__base__)


class D(dict):
    pass


class E(B, dict):
    pass


class Failure(ValueError):
    pass


print(D.__bases__, D.__base__)
print(E.__bases__, E.__base__, Failure.__bases__, Failure.__base__)


def walk(t, depth=0):
    print("  " * depth + t.__name__)
    for b in t.__bases__:
        walk(b, depth + 1)


walk(E)
print([t.__name__ for t in E.__mro__] == [t.__name__ for t in (E, B, A, dict, object)])

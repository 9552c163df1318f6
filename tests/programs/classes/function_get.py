# A function is a descriptor: __get__ binds it.
class A:
    def m(self, x=1):
        return ("m", type(self).__name__, x)


a = A()
print(A.m.__get__(a, A)())
print(A.m.__get__(a)(5))
print(A.m.__get__(None, A) is A.m)
f = lambda self: self * 2
print(f.__get__(21)())
bound = f.__get__("ab", str)
print(bound(), bound.__self__, bound.__func__ is f)
try:
    f.__get__(None)
except TypeError as e:
    print("TypeError", e)


def attach(obj, fn):
    return fn.__get__(obj, type(obj))


class B:
    pass


b = B()
b.hello = attach(b, lambda self, n: f"{type(self).__name__} says {n}")
print(b.hello(3))

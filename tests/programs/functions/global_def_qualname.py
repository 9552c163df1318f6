# A def or class statement in a function whose name is declared global binds a module-level
# name: its qualified name is its own (CPython's), not `outer.<locals>.name`; a nonlocal one
# stays the enclosing function's.
def make():
    global helper, Point

    def helper(x):
        return x * 2

    class Point:
        def norm(self):
            return 0

    def local_one():
        pass

    return local_one


def outer():
    def inner():
        nonlocal f
        def f():
            pass
    f = None
    inner()
    return f


lo = make()
print(helper.__qualname__, Point.__qualname__, Point.norm.__qualname__, lo.__qualname__)
print(outer().__qualname__, helper(21))
try:
    helper()
except TypeError as e:
    print(e)


def lambdas():
    global g
    g = lambda: (lambda: 0)
    return lambda: 1


print(lambdas().__qualname__, g.__qualname__, g().__qualname__)

# Cases a review of the bytecode emitter found (each also checked natively): a list subclass's
# own item methods, parameters unbound when read, comprehension variables, range()'s
# arguments evaluated before either is converted, __exit__ raising while an exception is
# handled, and a `with` target that fails to bind.


class L(list):
    def __getitem__(self, i):
        return 42

    def __setitem__(self, i, v):
        print("set", i, v)


def subclass():
    l = L([1, 2])
    l[0] = 9
    return l[0], list.__getitem__(l, 0)


print(subclass())


def deleted(x):
    del x
    return x


def caught(e):
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return e


for f in (deleted, caught):
    try:
        f(1)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def comp():
    # (A later iterable reading a variable the comprehension binds after it: CPython's
    # UnboundLocalError, as bytecode gives; natively a NameError and a warning, noted.)
    return [x for y in [1] for x in [y, 2]]


print(comp())


def stop():
    print("stop evaluated")
    return 3


def ranged():
    for i in range(1.5, stop()):
        pass


try:
    ranged()
except TypeError as e:
    print("range:", e)


class RaisingExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise KeyError("exit")


def exit_raises():
    try:
        with RaisingExit():
            raise ValueError("body")
    except KeyError as e:
        print("caught", repr(e), repr(e.__context__))
    try:
        raise TypeError("later")
    except TypeError as e:
        print("later's context:", repr(e.__context__))


exit_raises()


class Three:
    def __enter__(self):
        return 3

    def __exit__(self, t, e, tb):
        print("exit saw", t.__name__)
        return True


def bad_target():
    with Three() as (a, b):
        print("never")
    return "after"


print(bad_target())

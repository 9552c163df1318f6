# A class body reads a name it assigns later from the module's globals or the builtins, not
# from the function around it (CPython's LOAD_NAME).
g = 'global'


def t(g):
    class A:
        local = g
        g = 'g2'
    g += 1
    return g, A.local, A.g


print(t(42), g)


class B:
    x = g
    g = 5
    y = g


print(B.x, B.g, B.y)


class C:
    print(len('abc'))
    len = 3


print(C.len)


def closure(v):
    class D:
        seen = v
    return D.seen


print(closure('free'))


class E:
    try:
        print(undefined_anywhere)
    except NameError as e:
        print(e)

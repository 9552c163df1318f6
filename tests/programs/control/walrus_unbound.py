# A name a walrus assigns in a part of an expression that may not run stays unbound when
# that part does not run: UnboundLocalError when it is read, as CPython.


def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)


def in_and(c):
    if c and (v := 3):
        pass
    return v


def in_or(c):
    if c or (v := 2):
        pass
    return v


def in_while(c):
    while c and (v := 2):
        c = False
    return v


def in_ifexp(c):
    x = (v := 2) if c else 1
    return x, v


def in_comp_filter(n):
    ys = [1 for _ in range(n) if (v := 2)]
    return ys, v


def in_comp_elt(n):
    ys = [(v := i) for i in range(n)]
    return ys, v


def in_value_and(c):
    x = c and (v := 5)
    return x, v


def in_chain(a):
    ok = 0 < a < (v := 10)
    return ok, v


def certain(c):
    if (v := c + 1) and c:
        pass
    return v


for f, args in [
    (in_and, (0,)), (in_and, (1,)), (in_or, (1,)), (in_or, (0,)), (in_while, (False,)),
    (in_while, (True,)), (in_ifexp, (True,)), (in_ifexp, (False,)), (in_comp_filter, (0,)),
    (in_comp_filter, (2,)), (in_comp_elt, (0,)), (in_comp_elt, (3,)), (in_value_and, (0,)),
    (in_value_and, (1,)), (in_chain, (-1,)), (in_chain, (5,)), (certain, (0,)), (certain, (4,)),
]:
    attempt(f, *args)

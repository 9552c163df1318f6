# A local read where some path leaves it unbound raises UnboundLocalError on that path only,
# however the blocks around the assignment and the read nest.


def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)


def in_branch(c):
    if c:
        x = 1
        y = x + 1
    return x


def in_loop(n):
    for i in range(n):
        v = i * 2
        w = v + 1
    return v, w


def in_while(n):
    while n > 0:
        n -= 1
        if n == 1:
            continue
        last = n
    return last


def in_try(fail):
    try:
        a = 1
        if fail:
            raise ValueError
        b = 2
    except ValueError:
        return a, "handler sees a"
    return a, b


def in_handler(fail):
    try:
        if fail:
            raise KeyError
    except KeyError:
        h = "caught"
    return h


def in_else(n):
    for i in range(n):
        if i == 5:
            found = i
            break
    else:
        found = None
    return found


def in_with(flag):
    import contextlib
    with contextlib.suppress(ZeroDivisionError):
        q = 1
        if flag:
            1 / 0
        r = 2
    return q, r


def nested(c, d):
    if c:
        k = 1
        if d:
            m = k + 1
        return k, m
    return k


def imported(c):
    if c:
        import math
    return math.floor(2.5)


def after_del(c):
    z = 1
    if c:
        del z
    return z


for f, args in [
    (in_branch, (True,)),
    (in_branch, (False,)),
    (in_loop, (3,)),
    (in_loop, (0,)),
    (in_while, (3,)),
    (in_while, (1,)),
    (in_try, (False,)),
    (in_try, (True,)),
    (in_handler, (True,)),
    (in_handler, (False,)),
    (in_else, (9,)),
    (in_else, (2,)),
    (in_with, (False,)),
    (in_with, (True,)),
    (nested, (True, True)),
    (nested, (True, False)),
    (nested, (False, False)),
    (imported, (True,)),
    (imported, (False,)),
    (after_del, (False,)),
    (after_del, (True,)),
]:
    attempt(f, *args)

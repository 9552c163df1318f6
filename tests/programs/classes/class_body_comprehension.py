# A comprehension in a class body is a scope of its own: the class's names are not visible in
# it (NameError), but for its first iterable, which the class body evaluates; module globals
# and builtins are.
LIMIT = 3


class A:
    y = 10
    try:
        z = [y + i for i in range(2)]
    except NameError as e:
        z = str(e)
    w = [i * 2 for i in range(LIMIT)]
    v = [j for j in range(y)][-1]
    s = {k: len(str(k)) for k in (y, y * 10)}
    t = sum(i for i in range(y))
    try:
        u = [(i, j) for i in range(2) for j in range(y)]
    except NameError as e:
        u = str(e)


print(A.z, A.w, A.v, A.s, A.t, A.u)

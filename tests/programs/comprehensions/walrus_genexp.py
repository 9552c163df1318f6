# `:=` in a generator expression binds in the enclosing function (or the module).
hit = 0
print(any((hit := i) == 3 for i in range(10)))
print(hit)
ys = [(last := x * 2) for x in range(4)]
print(ys, last)
print(list((g := x) for x in "abc"), g)


def f():
    tot = 0
    [tot := tot + x for x in range(5)]
    return tot


print(f())


def g2():
    r = [y for x in range(3) if (y := x * 10) > 5]
    return r, y


print(g2())


def h(data):
    if any((found := v) > 10 for v in data):
        return "found", found
    return "none"


print(h([1, 20, 3]), h([1]))


def k():
    gen = ((w := n) for n in range(3))
    next(gen)
    first = w
    list(gen)

    def inner():
        return w

    return first, w, inner()


print(k())


def nested():
    s = sum((m := a) * b for a in range(3) for b in (1, 2) if all((q := b) for _ in range(1)))
    return s, m, q


print(nested())
try:
    print(unset)
except NameError as e:
    print("NameError", e)
if all((unset := z) < 0 for z in []):
    print("all of nothing")
try:
    print(unset)
except NameError as e:
    print("NameError", e)

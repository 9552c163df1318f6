# The disassembly of a small program's bytecode (`mpyc build --emit bytecode`), pinned in
# listing.txt beside it: its format, and how compactly each construct is emitted.


def add(a, b):
    c = a + b
    return c.real


def total(xs):
    s = 0
    for i in range(len(xs)):
        if xs[i] > 0:
            s += xs[i]
    return s


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


def safe(d, k):
    try:
        return d[k]
    except KeyError as e:
        return repr(e)
    finally:
        print("looked up", k)


print(add(1, 2), total([1, -2, 3]), counter()(5), safe({}, "x"))

# Class bodies that read their own names (from the namespace first, then the globals and
# builtins), methods whose defaults read class constants, and names nothing binds: each as
# bytecode too (tests/programs/bytecode runs this file with --code bytecode).

SCALE = 10
len_before = len


class Spline:
    SIZE = 4
    DOUBLE = SIZE * 2
    SCALED = DOUBLE * SCALE
    names = ["a", "b"]
    count = len(names)
    len = 99
    after = len
    SCALE = SCALE + 1

    def points(self, n=SIZE, scale=SCALE):
        return [i * scale for i in range(n)]

    def where(self, at=DOUBLE):
        return at


s = Spline()
print(Spline.SIZE, Spline.DOUBLE, Spline.SCALED, Spline.count, Spline.after, Spline.SCALE, SCALE)
print(s.points(), s.points(2), s.where())
print(len([1, 2, 3]), len_before is len)


class Late:
    try:
        print(value)
    except NameError as e:
        print("NameError", e)
    value = 1
    print(value)
    del value
    try:
        print(value)
    except NameError as e:
        print("NameError", e)


def never_called(filename):
    # (Warned about: nothing binds undefined_helper.)
    with open(filename, "wb") as f:
        f.write(b"x")
    return undefined_helper(filename)


def calls_missing():
    return missing_function(1)


try:
    calls_missing()
except NameError as e:
    print("NameError", e)
print(never_called.__name__)
print(__name__)

# A top-level function called before its `def` has run is a NameError, as in CPython, even
# where the compiler calls it directly; once the def has run, the same call works.


def main():
    return helper(2)


def try_call(f):
    try:
        return f()
    except NameError as e:
        return "NameError: " + str(e)


print(try_call(main))
print(try_call(lambda: early(1)))


class Early:
    def method(self):
        return later(3)


print(try_call(lambda: Early().method()))


def helper(x):
    return x * 10


def early(x):
    return x + 1


def later(x):
    return -x


print(main(), early(1), Early().method())


# Recursion and mutual recursion: the functions are bound by the time their bodies run.
def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(even(10), odd(7), fact(10))

try:
    print(not_yet(1))
except NameError as e:
    print("NameError:", e)


def not_yet(x):
    return x


print(not_yet(4))
square = lambda v: twice(v) * twice(v)
try:
    square(3)
except NameError as e:
    print("NameError:", e)


def twice(v):
    return v * 2


print(square(3))

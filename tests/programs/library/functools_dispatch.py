import functools
from functools import cached_property, singledispatch, singledispatchmethod, partialmethod, wraps


class C:
    def __init__(self, n):
        self.n = n

    @cached_property
    def val(self):
        print("computing", self.n)
        return self.n * 2


c = C(21)
print(c.val, c.val)
c.n = 5
print(c.val)
del c.val
print(c.val)
print(isinstance(C.val, cached_property), C.val.attrname)


class S:
    __slots__ = ("a",)

    @cached_property
    def v(self):
        return 1


try:
    S().v
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def show(x):
    return "object %r" % (x,)


@show.register(int)
def _(x):
    return "int %d" % x


@show.register
def _(x: str):
    return "str " + x


# (register by annotation reads __annotations__, which a program has when it names them.)
print(show.registry[str].__annotations__)


@show.register(list)
@show.register(tuple)
def _(x):
    return "seq of %d" % len(x)


def show_float(x):
    return "float %.1f" % x


show.register(float, show_float)
show.register(bytes | bytearray, lambda x: "bytes-like %d" % len(x))
for v in (1, True, "s", [1, 2], (1,), 2.5, b"ab", bytearray(3), None, {}):
    print(show(v))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.registry[object])
print(show.__name__)
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    show.register(3)
except TypeError as e:
    print("TypeError:", e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "unknown"

    @area.register
    def _(self, arg: int):
        return "int area %d" % (arg * arg)

    @area.register(str)
    def _(self, arg):
        return "str area " + arg

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "make ?"

    @make.register(int)
    @classmethod
    def _(cls, arg):
        return "make %s %d" % (cls.__name__, arg)


sh = Shape()
print(sh.area(3), sh.area("x"), sh.area(2.0))
print(Shape.make(4), Shape.make("q"))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=""):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note="born")
    set_dead = partialmethod(set_state, False)


cell = Cell()
print(cell.set_alive(), cell.alive)
print(repr(cell.set_dead()), cell.alive)
print(cell.set_dead(note="gone"))
Cell.set_alive(cell)
print(cell.alive)


def tag(fn):
    fn.calls = 0
    return fn


def deco(fn):
    @wraps(fn)
    def w(*a):
        return fn(*a)
    return w


@deco
@tag
def f(x):
    return str(x)


print(f.__name__, f.__wrapped__(3))

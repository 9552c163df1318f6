# object.__init__ refuses arguments meant for a class's own __init__, as CPython.
class A:
    def __init__(self, x):
        super().__init__()
        self.x = x
print(A(1).x)

class B:
    def __init__(self, x):
        super().__init__(x)
try:
    B(1)
except TypeError as e:
    print(e)

class C(A):
    pass
try:
    object.__init__(C(1), 1)
except TypeError as e:
    print(e)

class D:
    pass
object.__init__(D())
try:
    object.__init__(D(), 1)
except TypeError as e:
    print(e)

class E:
    def __new__(cls, *args):
        return super().__new__(cls)
object.__init__(E(), 1, 2)
print("E ok")

class Mixin:
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.mixed = True
class Base:
    def __init__(self, a):
        self.a = a
class Both(Mixin, Base):
    pass
b = Both(5)
print(b.a, b.mixed)

class Err(Exception):
    def __init__(self, msg):
        super().__init__(msg)
print(repr(Err("m")))

class Cm:
    @classmethod
    def make(cls):
        o = cls.__new__(cls)
        super(Cm, o).__init__()
        return o
print(type(Cm.make()).__name__)

# classmethod and staticmethod objects as descriptors: __get__ (through the object, its type),
# __func__, __wrapped__, __isabstractmethod__.
class C:
    x = 5
    @classmethod
    def cm(cls):
        return cls.x
    @staticmethod
    def sm():
        return "static"
    table = {"c": cm, "s": sm}

class D(C):
    x = 7

cm = C.__dict__["cm"]
sm = C.__dict__["sm"]
print(C.table["c"].__get__(None, C)())
print(C.table["s"].__get__(None, C)())
print(cm.__get__(D())())
print(cm.__get__(None, D)())
print(cm.__get__(D(), C)())
print(sm.__get__(1)())
print(sm.__get__(None, C) is sm.__func__)
print(hasattr(sm, '__get__'), hasattr(cm, '__get__'))
print(type(cm).__get__(cm, None, D)())
print(type(sm).__get__(sm, 3)())
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
b = cm.__get__(None, D)
print(type(b).__name__, b.__self__ is D, b.__func__ is cm.__func__)
try:
    cm.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
print(staticmethod(len).__get__(None, int)([1, 2]))
print(classmethod(lambda c: c.__name__).__get__(5)())
import abc
class E(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def f(cls): pass
    @staticmethod
    @abc.abstractmethod
    def g(): pass
print(E.__dict__["f"].__isabstractmethod__, E.__dict__["g"].__isabstractmethod__)

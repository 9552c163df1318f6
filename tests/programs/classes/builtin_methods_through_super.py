# Built-in types' own methods through super() and the type (Exception.__str__, float.__format__,
# range.__eq__) before object's; object.__str__/__ne__ loops raise RecursionError; isdisjoint stops
# early; a metaclass's __eq__; a complex subclass's __abs__.
class E(Exception):
    def __str__(self): return "E: " + super().__str__()
print(E("boom")); print(Exception.__str__(E("x")), range.__eq__(range(3), range(3)))
class F(Exception):
    def __str__(self): return super().__str__()
    def __repr__(self): return f"F<{self}>"
print(repr(F("boom")))
print((3.14159).__format__(".2f"), float.__format__(2.5, "08.3f"), (42).__format__("x"))
class Money(float):
    def __format__(self, spec): return "$" + super().__format__(spec)
print(f"{Money(3.5):.2f}", format(Money(2), ""))
class C: __repr__ = object.__str__
try: repr(C())
except RecursionError: print("RecursionError")
import itertools; print({0: 1}.keys().isdisjoint(itertools.count()))
def f(a, /): pass
try: f(a=1, b=2)
except TypeError as e: print(e)
class Meta(type):
    def __eq__(cls, o): return True
    __hash__ = type.__hash__
class K(metaclass=Meta): pass
class X: pass
print(X() == K, K == X(), K != 3)
class MC(complex):
    def __abs__(self): return "mine"
print(abs(MC(3+4j)), abs(3+4j))
print(object.__ne__([1], [1]), object.__ne__([1], [2]))
try:
    object.__format__(C(), 5)
except TypeError as e:
    print(e)

# A property object's fget/fset/fdel and __get__/__set__, called through the class.
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @property
    def ro(self): return 1
t = Temp()
Temp.c.fset(t, 25)
print(Temp.c.fget(t), Temp.c.__get__(t), Temp.c.__get__(None, Temp) is Temp.c, Temp.ro.fset, Temp.c.fdel)
Temp.c.__set__(t, 7)
print(t.c)
try:
    Temp.ro.__set__(t, 3)
except AttributeError as e:
    print("AttributeError", e)
p = property(lambda self: 42)
print(p.fget(None), p.__get__(t))

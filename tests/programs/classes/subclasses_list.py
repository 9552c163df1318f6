# C.__subclasses__(): the classes made so far that name C among their bases, in order (also
# through type(name, bases, dict), and of a built-in type).
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__())
print(B.__subclasses__(), D.__subclasses__())
print([k.__name__ for k in int.__subclasses__() if k.__module__ == "__main__"])
class MyInt(int): pass
print([k.__name__ for k in int.__subclasses__() if k.__module__ == "__main__"])
E = type("E", (A,), {})
print([k.__name__ for k in A.__subclasses__()])
print(type.__subclasses__(A) == A.__subclasses__())

class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Alpha(Plugin): pass
class Beta(Plugin): pass
def all_subclasses(c):
    out = []
    for s in c.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Plugin), all_subclasses(A))

# __getattribute__: a proxy that logs every read, an AttributeError it raises falling back on
# __getattr__, inherited, given to a class after reads were cached, and object's own.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name in ("_target", "log"):
            return object.__getattribute__(self, name)
        self.log.append(name)
        return getattr(self._target, name)
class P:
    def __init__(self):
        self.x = 1
    def hello(self, who):
        return "hi " + who
p = Proxy(P())
for i in range(3):
    print(p.x, p.hello("bob"))
print(p.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    y = 2
f = Fallback()
print(f.y, f.boom, f.missing)
class Sub(Fallback):
    pass
print(Sub().boom)
class Late:
    z = 3
l = Late()
print(l.z)
Late.__getattribute__ = lambda self, n: "late " + n
print(l.z, getattr(l, "q"))
try:
    object.__getattribute__(l, "nope")
except AttributeError as e:
    print("AttributeError", e)

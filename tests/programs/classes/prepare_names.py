# A metaclass's __prepare__ namespace: the class body reads the names it holds, and
# __module__/__qualname__ are stored into it before the body runs.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 41}
    def __new__(mcs, name, bases, ns):
        print(sorted(k for k in ns if not k.startswith("__q")))
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=Meta):
    a = injected + 1
print(A.a)
class Counting(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = Counting()
        ns["base_value"] = kw.get("start", 0)
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class B(metaclass=M2, start=10):
    v = base_value * 2
    def m(self): return self.v
print(B().m(), B.__qualname__, B.__module__)
class WithInit:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class D(WithInit, tag="t"):
    mod = __name__
class E(metaclass=M2):
    mod = __name__
    name = __qualname__
print(D.mod, D.kw, E.mod, E.name)

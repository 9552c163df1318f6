# A metaclass's __prepare__ makes the namespace a class body fills (any mapping; called with
# the keywords but metaclass, which are evaluated before the body), a metaclass's data
# descriptor comes before the class's own attribute, and a class's own method before its
# metaclass's of the same name.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    z = 1
    a = 2
    def m(self):
        return "m"
    b = z + a

class B(A):
    y = 5

print(A.b, A().m(), B.y, type(B).__name__)

def side(tag):
    print("evaluated", tag)
    return tag

class Plain(object, metaclass=type):
    print("body")
    x = side("x")

class Odd:
    pass

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError", e)
class Meta2(type):
    @property
    def p(cls):
        return "meta property of " + cls.__name__
    @property
    def q(cls):
        return "meta q"
    def method(cls):
        return "meta method"
class Q(metaclass=Meta2):
    p = "class attr"
    def method(self):
        return "class method"
print(Q.p, Q.q, Q.method(Q()), Q().p)
Meta2.only_meta = lambda cls: "only the metaclass has it: " + cls.__name__
print(Q.only_meta())


# A mapping that is no dict, and bases that __mro_entries__ stands for.
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]


class Entries:
    def __mro_entries__(self, bases):
        return (object,)


class MM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Mapping()
    def __new__(mcls, name, bases, ns, **kw):
        print("MM.__new__", name, sorted(k for k in ns.d if not k.startswith("__")), "__orig_bases__" in ns.d)
        return super().__new__(mcls, name, bases, dict(ns.d))


class WithEntries(Entries(), metaclass=MM):
    v = 1
    w = v + 1


print(WithEntries.w)


# super().__prepare__ is type's: a new dict.
class Cooperative(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["added"] = "by __prepare__"
        return ns


class Co(metaclass=Cooperative):
    pass


print(Co.added)


# A metaclass's property without a setter refuses the class's store.
class Meta3(type):
    @property
    def x(cls):
        return 42


class Held(metaclass=Meta3):
    pass


try:
    Held.x = 5
except AttributeError:
    print("AttributeError")
print(Held.x)

# Class statements with `*` in the bases and `**` among the keywords: the bases are a tuple
# built when the statement runs (spliced like a display), the keywords a dict.


class A:
    pass


class B:
    def hello(self):
        return "B.hello"


bases = (A,)


class C(*bases):
    pass


print(C.__bases__, C.__mro__)


# Mixed with plain bases, in order.
more = [B]


class D(A, *more):
    pass


print(D.__bases__)
print(D().hello())


class E(*more, A):
    pass


print([k.__name__ for k in E.__mro__])


# An empty star: no bases at all (object), with or without keywords.
class F(*()):
    pass


print(F.__bases__)


class G(A, *(), **{}):
    pass


print(G.__bases__)


# Stars from a generator and a list, several of them.
def gen():
    yield A


class H(*gen(), *[B]):
    x = 1


print(H.__bases__, H.x)


# A metaclass among the starred bases: the class's metaclass is the bases'.
class Meta(type):
    def __new__(mcls, name, bs, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bs, ns)


class M(metaclass=Meta):
    pass


mbases = [M, A]


class N(*mbases):
    pass


print(type(N).__name__, N.made_by, N.__bases__)


# `**kw` with the metaclass inside.
opts = {"metaclass": Meta}


class P(A, **opts):
    pass


print(type(P).__name__, P.made_by, P.__bases__)


# `**kw` reaching `__init_subclass__`, with a starred base.
class Base:
    def __init_subclass__(cls, /, tag=None, **rest):
        super().__init_subclass__()
        cls.tag = tag
        cls.rest = sorted(rest)


class Q(*[Base], **{"tag": "q"}):
    pass


print(Q.tag, Q.rest)


class R(Base, *(), tag="r", **{"color": 1, "size": 2}):
    pass


print(R.tag, R.rest)


# A metaclass with keywords of its own, from `**`.
class KwMeta(type):
    def __new__(mcls, name, bs, ns, flag=False):
        cls = super().__new__(mcls, name, bs, ns)
        cls.flag = flag
        return cls

    def __init__(cls, name, bs, ns, flag=False):
        super().__init__(name, bs, ns)


class S(*[A], **{"metaclass": KwMeta, "flag": True}):
    pass


print(type(S).__name__, S.flag, S.__bases__)


# `__mro_entries__` on a starred base.
class Alias:
    def __mro_entries__(self, bases):
        return (B,)


class T(*[Alias()]):
    pass


print(T.__bases__, T.__orig_bases__[0].__class__.__name__)


# What follows `*` must be iterable.
try:

    class U(*5):
        pass

except TypeError as e:
    print("TypeError:", e)


# Classes made in a loop, each with its own bases.
made = []
for bs in [(), (A,), (A, B)]:

    class W(*bs):
        pass

    made.append(W.__bases__)
print(made)


# Inside a function.
def make(*bs, **kw):
    class X(*bs, **kw):
        pass

    return X


print(make(B).__bases__, make().__bases__, make(Base, tag="f").tag)

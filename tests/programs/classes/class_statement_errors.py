# A class statement's errors as CPython words them: a base given twice, `**` of what is not
# a mapping, keys that are not strs, a keyword given twice.
class A:
    pass


class B(A):
    pass


def attempt(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


def twice():
    class V(A, A):
        pass


def twice_later():
    class W(B, A, B):
        pass


def not_mapping():
    class Y(**5):
        pass


def not_str_keys():
    class Z(**{1: 2}):
        pass


def keyword_twice():
    class M(type):
        pass

    class Q(metaclass=M, **{"metaclass": M}):
        pass


for make in (twice, twice_later, not_mapping, not_str_keys, keyword_twice):
    attempt(make)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("kw", sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Ok(A, metaclass=Meta, **{"flag": 1, "size": 2}):
    pass


print(Ok.__mro__[1] is A)

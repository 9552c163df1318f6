# A super object's __class__ is `super`; object.__init_subclass__ given a keyword names the
# class in its TypeError; sorted() given two positional arguments says so as CPython does.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        s = super()
        return s.__class__.__name__ + " " + s.who()


print(super(A, B()).__class__, B().who())


class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)


class Good(Plugin):
    pass


try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
print(Plugin.registry)
for args in ([1], len), (), ([3, 1], None, True):
    try:
        print(sorted(*args))
    except TypeError as e:
        print(e)
print(sorted([3, 1, 2], key=lambda x: -x))

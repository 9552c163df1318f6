# Details of making a class: __new__ is a static method even undecorated, __set_name__
# sees the attributes the class was made with, a property without a getter, super()'s repr.
class A:
    def __new__(cls):
        print('A.__new__')
        return super(cls, A).__new__(cls)

    def meth(self):
        print('A.meth')


a = A()
a = A.__new__(A)
a.meth()
a = a.__new__(A)
a.meth()
print(type(A.__dict__['__new__']).__name__)


class SetSpecific:
    def __init__(self, sib_name, sib_replace):
        self.sib_name = sib_name
        self.sib_replace = sib_replace

    def __set_name__(self, owner, name):
        setattr(owner, self.sib_name, self.sib_replace)


class SetReplaceTest:
    a = SetSpecific('b', 312)
    b = SetSpecific('a', 311)


print(SetReplaceTest.a, SetReplaceTest.b)


class DelSpecific:
    def __init__(self, sib_name):
        self.sib_name = sib_name

    def __set_name__(self, owner, name):
        print('set_name', name)
        delattr(owner, self.sib_name)


class DelReplaceTest:
    a = DelSpecific('b')
    b = DelSpecific('a')


print(hasattr(DelReplaceTest, 'a'), hasattr(DelReplaceTest, 'b'))


class Adder:
    def __set_name__(self, owner, name):
        setattr(owner, name + '_extra', 1)


class AddTest:
    x = Adder()


print(AddTest.x_extra)


class D:
    prop = property()
    doc = property(lambda self: 42, doc='The answer.')


d = D()
for f in (lambda: d.prop, lambda: setattr(d, 'prop', 1), lambda: delattr(d, 'prop')):
    try:
        f()
    except AttributeError as e:
        print(e)
print(d.doc)


class B:
    def p(self):
        print(repr(super()), str(super(B, B)))


B().p()

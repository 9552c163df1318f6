# copy and deepcopy of bound methods (deepcopy binds a function's method to the copy of its
# object, a built-in's stays), exceptions (their class called with their args, then their
# attributes), namedtuples, and the objects that cannot be copied.
import copy
import collections


class Button:
    def __init__(self):
        self.on_click = self.clicked
        self.items = []
        self.add = self.items.append
        self.log = [].append

    def clicked(self):
        return self


b = Button()
c = copy.deepcopy(b)
print(c.on_click() is c, c.on_click() is b)
print(c.add.__self__ is c.items, c.add.__self__ is b.items, c.log.__self__ is b.log.__self__)
s = copy.copy(b)
print(s.on_click() is b, s.add.__self__ is b.items)
m = b.clicked
print(copy.copy(m) == m, copy.copy(m)() is b, copy.deepcopy(m)() is b)
print(copy.deepcopy([m, b])[0]() is not b)
l = copy.deepcopy([b, m])
print(l[1]() is l[0])
print(copy.copy([].append) is not None, copy.deepcopy(b.items.append).__self__ is b.items)

print(copy.copy(ValueError("x")).args, copy.deepcopy([KeyError("k")])[0].args)
print(type(copy.copy(KeyError("k"))).__name__, repr(copy.deepcopy(OSError(2, "gone"))))


class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(code, msg)
        self.code = code
        self.data = [code]


e = AppError(7)
e.extra = {"k": [1]}
e2 = copy.copy(e)
e3 = copy.deepcopy(e)
print(type(e2).__name__, e2.args, e2.code, e2.extra is e.extra, e2.data is e.data)
print(type(e3).__name__, e3.args, e3.extra, e3.extra is e.extra, e3.data is e.data, str(e3))
try:
    raise copy.deepcopy(ValueError("again"))
except ValueError as err:
    print("raised", err)

P = collections.namedtuple("P", "x y")
p = P([1], 2)
print(copy.copy(p), copy.copy(p).x is p.x, copy.deepcopy(p).x is p.x)


def gen():
    yield 1


for obj in (gen(), copy, staticmethod(len)):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
            print("copied")
        except TypeError as err:
            print("TypeError", err)

# An exception whose attribute refers back to it: its deep copy's attribute is the copy.
loop = ValueError("loop")
loop.me = loop
c = copy.deepcopy(loop)
print(c is not loop, c.me is c, c.args)

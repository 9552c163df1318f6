# A method is looked up before its call's arguments are evaluated, as CPython does: a missing
# method raises before any argument runs, and the method called is the one found then.


def side(v):
    print("side", v)
    return v


class A:
    def m(self, x):
        return ("m", x)

    def k(self, x, y=2):
        return x * y


a = A()
print(a.m(side(1)))
print(a.k(side(3), y=side(4)))

# Missing methods: AttributeError before the arguments, also when an argument would raise.
for obj in [a, [], "s", 5, {}, None, A]:
    try:
        obj.nope(side(type(obj).__name__))
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        obj.nope(1 // 0, key=side(0))
    except AttributeError as e:
        print("AttributeError:", e)
    except ZeroDivisionError:
        print("ZeroDivisionError")


# list.append told apart, and append of other types.
class Log:
    def append(self, x):
        print("Log.append", x)


items = []
for o in [items, Log(), items]:
    o.append(side(len(items)) * 2)
print(items)
try:
    (1, 2).append(side("tuple"))
except AttributeError as e:
    print("AttributeError:", e)


# The method called is the one found before the arguments ran.
def swap():
    A.m = lambda self, x: ("new", x)
    return 0


print(a.m(swap()), a.m(1))


def shadow():
    a.k = lambda x, y=5: ("own", x, y)
    return 7


print(a.k(shadow()), a.k(8))

# __getattr__ runs once, before the arguments.
class Dyn:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *args, **kw: (name, args, kw)


d = Dyn()
print(d.foo(side(1), side(2)))
print(d.bar(side(3), kw=side(4)))


# A property holding a callable.
class P:
    @property
    def f(self):
        print("property f")
        return len


print(P().f(side("abc")))

# Built-in methods, module functions and str literals' methods.
import math

s = "hello"
print(s.find(side("l")), s.replace(side("l"), side("L")), ", ".join([side("x"), "y"]))
print({}.get(side("k"), side(0)), math.sqrt(side(16.0)), "{}-{}".format(side(1), side(2)))
n = 10
print(n.to_bytes(side(2), "big"), (255).bit_length())


# A call site that sees several types, and a recursion that refills its cache midway.
class B:
    def m(self, x):
        return ("B.m", x)


class Node:
    def __init__(self, child):
        self.child = child

    def walk(self, depth):
        if self.child is None:
            return depth
        return self.child.walk(depth + 1)


for o in [A(), B(), A(), B()]:
    print(o.m(side(0)))
print(Node(Node(Node(None))).walk(side(0)))


class C:
    def get(self, x):
        return ("C.get", x)


def f(o):
    return o.get(f(C()) if isinstance(o, dict) else side(1))


print(f({}), f(C()))

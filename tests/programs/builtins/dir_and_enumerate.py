# dir() of objects, classes, built-in values and modules; a class's __dir__; enumerate's
# keyword arguments.
# expect: no warnings
try:
    from collections import namedtuple
except ImportError:
    from _collections import namedtuple
try:
    import ujson as json
except ImportError:
    import json


class A:
    x = 1

    def f(self):
        pass


class B(A):
    def g(self):
        pass


b = B()
b.y = 2
print(dir(b))
print(dir(B) == sorted(set(dir(b)) - {'y'}))
print([n for n in dir(b) if not n.startswith('_')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir(dict) if not n.startswith('_')])
print('__init__' in dir(5), 'bit_length' in dir(5))


class D:
    def __dir__(self):
        return ['z', 'a']


print(dir(D()))
import math
print('sqrt' in dir(math), '__name__' in dir(math))


def f():
    a = 1
    print(dir())


f()
print(namedtuple('P', 'x y')(1, 2), json.dumps([1]))
print(list(enumerate(iterable=[1, 2], start=3)), list(enumerate([5], start=-1)), list(enumerate(iterable='ab')))
try:
    enumerate()
except TypeError as e:
    print(e)

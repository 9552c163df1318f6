# Edge cases found in review: yield from a class iterator's StopIteration value, item views of
# unhashable values compared, hash() of an int subclass, infinite negative bases, huge format
# widths and field numbers, float text with long digit runs, stepped bytearray deletion, and
# in-place repetition of lists and bytearrays.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(99)
        return self.n
def g():
    r = yield from It()
    print('r', r)
print(list(g()))
print({'x': [1]}.items() == {'x': [1]}.items(), {'x': [1]}.items() != {'x': [2]}.items())
class I(int):
    def __hash__(self): return 42
print(hash(I(5)))
print((-float('inf')) ** 0.5, (-float('inf')) ** -0.5, format(1234.5+4j, ',.2f'))
for f in (lambda: format(1, '10000000000000000000'), lambda: '{10000000000000000000}'.format(1)):
    try:
        f()
    except (ValueError, MemoryError, IndexError) as e:
        print(type(e).__name__, e)
print(float('0.' + '0' * 2000 + '1e2000'), float('1' + '0' * 2000 + 'e-2000'))
b = bytearray(range(20)); del b[::3]; print(b)
b = bytearray(range(20)); del b[::-4]; print(b)
b = bytearray(range(20)); del b[15:2:-5]; print(b)
print(format(5, '03000,')[:12], len(format(5, '03000,')))
a=[1]; b=a; a*=2; print(a, b, a is b)
x=bytearray(b"ab"); y=x; x*=2; print(x, y is x)
class I:
    def __index__(self): return 2
a=[1]; b=a; a*=I(); print(a,b,a is b)
# int() of an object with __index__ or __trunc__; math's overflow on a finite argument.
import math


class Ix:
    def __index__(self):
        return 7


class Tr:
    def __trunc__(self):
        return 3


class TrBad:
    def __trunc__(self):
        return 3.9


print(int(Ix()), int(Tr()))
try:
    int(TrBad())
except TypeError as e:
    print(e)
for f in (math.exp, math.cosh, math.sinh):
    try:
        print(f(1000))
    except OverflowError as e:
        print(e)
print(math.exp(-1000), math.sqrt(4))

# An array changed by Python code that its own methods run (__eq__, __index__, __float__,
# generators): every method reads the array's length again, as CPython's do.
from array import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array("i", [1, 2, 3, 4])


class Popper:
    def __eq__(self, other):
        a.pop()
        return False


print(a.count(Popper()), a)
a = array("i", [1, 2, 3, 4])
print(Popper() in a, a)
a = array("i", [1, 2, 3, 4])
attempt(lambda: a.index(Popper()))


class Clearer:
    def __eq__(self, other):
        del a[1:]
        return other == 4


a = array("i", range(1, 7))
attempt(lambda: a.remove(Clearer()))
print(a)


class Shrink:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        del a[2:]
        return self.n


a = array("i", range(10))
print(a[Shrink(0):10])
a = array("i", range(10))
attempt(lambda: a.__setitem__(slice(Shrink(0), 10, 2), array("i", [7] * 5)))
a = array("i", range(10))
a[Shrink(0):10] = array("i", [7] * 9)
print(a)
a = array("i", range(10))
a.insert(Shrink(10), 1)
print(a)
a = array("i", range(10))
a[8] = Shrink(5)
print(a)

# repeats
print(array("b") * 2 ** 62, array("b", [1]) * 0, array("b", [1, 2]) * -3)
attempt(lambda: array("b", [1]) * 2 ** 100)
attempt(lambda: array("b", [1]).insert(2 ** 100, 8))
attempt(lambda: array("b", [1]).pop(2 ** 100))
attempt(lambda: array("b", [1])[2 ** 100])
attempt(lambda: array())
attempt(lambda: array("b", [1]).index(1, None))
b = array("h", [1])
attempt(lambda: b.__iadd__(array("b", [1])))

# an extended slice given an empty array loses those items
a = array("b", range(6))
a[::2] = array("b")
print(a)
a = array("b", range(6))
a[::-2] = array("b")
print(a)

# iteration sees the array as it is
a = array("b", [1, 2, 3, 4])
seen = []
for x in a:
    seen.append(x)
    a.pop()
print(seen, a)
a = array("b", [1])
for x in a:
    if x < 5:
        a.append(x + 1)
print(a)
it = iter(a)
print(list(it), type(it).__name__)
a.append(9)
print(list(it))


# extend takes each item as it comes
def gen(arr):
    yield 1
    arr.append(9)
    yield 2
    yield len(arr)


a = array("b", [0])
a.extend(gen(a))
print(a)

# typed memoryviews take __index__ and __float__ objects


class I:
    def __index__(self):
        return 3


class F:
    def __float__(self):
        return 2.5


h = array("h", [0, 0])
m = memoryview(h)
m[0] = I()
m[1] = -1
md = memoryview(array("d", [0.0]))
md[0] = F()
print(h, md[0], m[True])
attempt(lambda: md.__setitem__(0, 2 ** 2000))
mb = memoryview(bytearray(2))
mb[1] = I()
print(mb.tolist())
import random
random.seed(3)
print(sorted(random.sample(array("b", range(10)), 3)))

# Classes deriving from the built-in iterators a program makes by name (map, filter, zip,
# enumerate, reversed): attributes, __init__, class attributes, in for loops and in list();
# the other iterators refuse to be bases. (Overriding __next__ is refused by mpyc: see
# docs/language.md.)
class mymap(map):
    pass


m = mymap(lambda x: x + 10, range(4))
print(list(m), isinstance(m, map), type(m).__name__)


class Evens(filter):
    def __init__(self, f, it):
        self.tag = "evens"


e = Evens(lambda x: x % 2 == 0, range(7))
print(e.tag, next(e), list(e))


class Numbered(enumerate):
    def label(self):
        i, x = next(self)
        return "%d:%s" % (i, x)


n = Numbered("abc", 1)
print(n.label(), list(n))
for pair in type("Z", (zip,), {})([1, 2], "xy"):
    print(pair)


class Back(reversed):
    count = 0


print(list(Back([1, 2, 3])), sum(mymap(abs, [-1, -2])))
try:
    class Bad(type(iter([]))):
        pass
except TypeError as err:
    print("TypeError")
for s in Numbered("xy"):
    print(s)
print(list(mymap(str, Back("ab"))))

# A special method given to a subclass of a built-in type after the class was made is seen by
# the operators from then on (and by classes derived from it later).
class Items(list):
    pass


class Text(str):
    pass


class Table(dict):
    pass


x = Items([1, 2, 3])
print(len(x), x[0], 2 in x)
Items.__len__ = lambda self: 99
Items.__getitem__ = lambda self, i: "item %r" % (i,)
Items.__contains__ = lambda self, v: v == "anything"
print(len(x), x[0], 2 in x, "anything" in x)
Text.__add__ = lambda self, other: "added " + other
print(Text("a") + "b", "a" + "b")
Table.__missing__ = lambda self, k: k * 2
t = Table(a=1)
print(t["a"], t[21])


class More(Items):
    pass


print(len(More([1])), More([5])[0])
del Items.__len__
print(len(x))

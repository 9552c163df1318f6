# A set or frozenset subclass's repr names the class (a list's or dict's does not).
class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Names(list):
    pass


print(Tags(), Tags([3]), Frozen(), Frozen([1]), frozenset(), set(), frozenset([2]))
print(repr(Tags(["x"])), str(Frozen([5])), [Tags([1])], {"k": Frozen([2])})
print(Names([1, 2]), set([4]))

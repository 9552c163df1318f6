# enumerate's start: any int, through __index__, counted as a plain int (CPython converts it
# before it asks for the iterable's iterator).
print(list(enumerate("ab", True)))


class I:
    def __index__(self):
        return 5


print(list(enumerate("ab", I())))
print(list(enumerate("ab", 2**64)), list(enumerate("abc", -1)))
print(list(enumerate("ab", 2**62 - 1)), list(enumerate("ab", start=2**31 - 1)))


class Big(int):
    pass


print([(type(i).__name__, i) for i, _ in enumerate("ab", Big(7))])
for bad in (1.5, "1", None):
    try:
        enumerate(5, bad)
    except TypeError as e:
        print(e)

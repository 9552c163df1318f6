# operator.index: an int, or what the type's __index__ returns; TypeError for other types,
# with CPython's message.
import operator


class I:
    def __index__(self):
        return 7


class NoIndex:
    pass


for v in (5, -3, True, False, 2 ** 70, I(), 1.5, "1", None, [1], NoIndex()):
    try:
        r = operator.index(v)
        print(type(r).__name__, r)
    except TypeError as e:
        print("TypeError", e)
print(operator.index(I()) + 1, [10, 20, 30][operator.index(True)])

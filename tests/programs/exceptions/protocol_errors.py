# The errors CPython gives for protocol methods that return the wrong thing.
class Big:
    def __len__(self):
        return 2**70


class Neg:
    def __len__(self):
        return -1


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


class F:
    def __format__(self, spec):
        pass


for f in [lambda: len(Big()), lambda: len(Neg()), lambda: iter(NoIter()), lambda: list(NoIter()),
          lambda: f"{F()}", lambda: format(F(), "x"), lambda: "{}".format(F()),
          lambda: int.from_bytes("ab", "big"), lambda: 3 in NoIter()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# `in` of a class with __getitem__ only: by index until IndexError, as iter() goes.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()))
print(20 in Seq(), 5 in Seq(), 20 not in Seq())
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    print(1 in Bad())
except KeyError as e:
    print("KeyError", e)
class Nothing:
    pass
try:
    print(1 in Nothing())
except TypeError as e:
    print("TypeError", e)

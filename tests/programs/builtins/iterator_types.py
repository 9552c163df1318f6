# The built-in containers' iterators are named as CPython names them.
def name(x):
    return type(x).__name__

d = {1: 2}
print(name(iter([])), name(iter(())), name(iter("ab")), name(iter("é")))
print(name(iter(b"a")), name(iter(bytearray(b"a"))), name(iter(memoryview(b"a"))))
print(name(iter(range(3))), name(iter(range(2**30, 2**30 + 2))), list(range(2**30, 2**30 + 2)), name(iter({1})), name(iter(frozenset())))
print(name(iter(d)), name(iter(d.keys())), name(iter(d.values())), name(iter(d.items())))
print(name(reversed([1])), name(reversed((1,))), name(reversed("ab")), name(reversed(range(3))))
print(name(reversed(d)), name(reversed(d.keys())), name(reversed(d.values())), name(reversed(d.items())))
print(type(iter([])))

class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

print(name(iter(Seq())), list(iter(Seq())))
it = iter([1, 2])
print(iter(it) is it, next(it), list(it))
class S(str): pass
print(type(iter(S("ab"))).__name__, list(S("ab")))

# Objects of the program's that act as a sequence (`__len__`, `__getitem__` with no
# IndexError) and as a mapping (`keys`, `__getitem__`): reversed() and ** take them as CPython
# does (both once went on until MemoryError).


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


def f(**kw):
    return sorted(kw.items())


print(list(reversed(Seq())))
print(f(**Mapping()))
print(f(x=1, **Mapping()))
print(sorted(dict(Mapping()).items()))
d = {"z": 0}
d.update(Mapping())
print(sorted(d.items()))
print(sorted({**Mapping(), "c": 3}.items()))

# collections.abc's answers for collections' classes (registered with the ABCs CPython
# registers them with), dicts and their views (Reversible; keys and items views unhashable).
import collections
import collections.abc as A

objs = [
    ("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
    ("range", range(1)), ("dict", {}), ("set", set()), ("frozenset", frozenset()),
    ("keys", {}.keys()), ("values", {}.values()), ("items", {}.items()),
    ("deque", collections.deque()), ("od", collections.OrderedDict()),
    ("dd", collections.defaultdict(int)), ("counter", collections.Counter()),
    ("chainmap", collections.ChainMap()), ("userdict", collections.UserDict()),
    ("userlist", collections.UserList()),
    ("nt", collections.namedtuple("P", "x")(1)), ("gen", (x for x in [])), ("int", 1),
]
abcs = ["Container", "Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized",
        "Callable", "Collection", "Sequence", "MutableSequence", "ByteString", "Set",
        "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView",
        "ValuesView"]
for n, o in objs:
    print(n.ljust(10), "".join("1" if isinstance(o, getattr(A, a)) else "0" for a in abcs))


class MyDeque(collections.deque):
    pass


class MyDict(collections.UserDict):
    pass


print(issubclass(MyDeque, A.MutableSequence), issubclass(MyDict, A.Mapping),
      issubclass(collections.ChainMap, A.MutableMapping), issubclass(collections.UserString, A.MutableSequence))
print(isinstance(collections.UserString("ab"), A.Sequence), isinstance(collections.UserString("ab"), A.Hashable))


def kind(x):
    match x:
        case {"k": v}:
            return "mapping " + str(v)
        case [a, b]:
            return "pair " + str(a + b)
        case _:
            return "other"


print(kind(collections.UserDict(k=1)), kind(collections.deque([1, 2])), kind(collections.UserList([3, 4])),
      kind(collections.ChainMap({"k": 2})))

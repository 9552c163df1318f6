import copy
from dataclasses import dataclass, field, fields, InitVar, make_dataclass, asdict, replace, astuple


@dataclass(kw_only=True)
class K:
    a: int


for args in [(1,), (1, 2)]:
    try:
        K(*args)
    except TypeError as e:
        print(e)


@dataclass
class Two:
    a: int
    b: int = 0


try:
    Two(1, 2, 3)
except TypeError as e:
    print(e)


@dataclass(slots=True)
class S:
    a: int
    b: str = "x"

    def total(self):
        return self.a * 2


s = S(1)
print(s, hasattr(s, "__dict__"), S.__slots__, s.total(), s == S(1, "x"), S.__name__, S.__qualname__)
try:
    s.c = 2
    print("added attribute c")
except AttributeError:
    print("AttributeError")
s.a = 5
print(s, copy.copy(s), copy.deepcopy(s))


@dataclass(slots=True)
class S2(S):
    c: float = 1.5


print(S2(1, "y"), S2.__slots__, [f.name for f in fields(S2)])


@dataclass(frozen=True, slots=True)
class FS:
    v: int


fs = FS(3)
try:
    fs.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(fs, hash(fs) == hash(FS(3)))


@dataclass
class Init:
    x: int
    scale: InitVar[int] = 10
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


i = Init(2)
j = Init(2, scale=3)
print(i, j, [f.name for f in fields(Init)], asdict(j), astuple(i))
print(Init.__dataclass_fields__["scale"]._field_type, Init.__match_args__)
print(repr(InitVar[int]), repr(InitVar[list]), replace(j, x=5))


@dataclass
class NoDefault:
    a: int
    k: InitVar[str]

    def __post_init__(self, k):
        print("post_init got", k)


n = NoDefault(1, "key")
try:
    replace(n, a=2)
except ValueError as e:
    print("ValueError", e)

P = make_dataclass("P", ["x", ("y", int), ("z", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y})
p = P(1, 2)
print(p, p.norm(), [(f.name, f.type) for f in fields(P)], P(1, 2) == P(1, 2, 5))
Q = make_dataclass("Q", [("a", int, 0)], bases=(Two,), order=True)
print(Q(), Q(1, 2) < Q(1, 3), Q.__mro__[1].__name__)
for bad in [["a", "a"], ["1x"], [("a", int, 1, 2)]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError", e)

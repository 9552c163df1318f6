# Class patterns as CPython reads them (__match_args__ checked, attributes read first, a
# missing one is no match), and the sequences and mappings that are not list/tuple/dict.
def f(): pass
try:
    match 1:
        case f(): print("x")
except TypeError as e: print(e)
class C:
    __match_args__ = ("a", "a")
    a = 1
try:
    match C():
        case C(x, y): print(x,y)
except TypeError as e: print(e)
try:
    match C():
        case C(x, a=y): print(x,y)
except TypeError as e: print(e)
class D:
    __match_args__ = ["a"]
try:
    match D():
        case D(x): print(x)
except TypeError as e: print(e)
class E:
    __match_args__ = ("zz",)
match E():
    case E(q): print("bad")
    case _: print("nomatch")
try:
    match 5:
        case int(a, b): print(a)
except TypeError as e: print(e)
import array, collections
print(array.array.__module__, collections.deque.__module__)
match collections.deque([1,2,3]):
    case [a, *r]: print("dq", a, r)
import collections.abc
class MySeq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i in (0, 1, -1, -2): return i * 10
        raise IndexError
match MySeq():
    case [a, b]: print("myseq", a, b)
class MyMap(collections.abc.Mapping):
    def __len__(self): return 1
    def __iter__(self): return iter(["k"])
    def __getitem__(self, k):
        if k == "k": return 42
        raise KeyError(k)
match MyMap():
    case {"k": v}: print("mymap", v)
match memoryview(b"ab"):
    case [a, b]: print("mv", a, b)
match "ab":
    case [a, b]: print("str!")
    case _: print("str no")
class Pt:
    __match_args__ = ("x",)
    def __init__(self, x, y): self.x = x; self.y = y
try:
    match Pt(1, 2):
        case Pt(a, b): print("m", a, b)
except TypeError as e: print("TE", e)
class Loud:
    __match_args__ = ("a", "b")
    @property
    def a(self): print("get a"); return 1
    @property
    def b(self): print("get b"); return 2
match Loud():
    case Loud(2, _): print("no")
    case Loud(1, b=q) if q == 2: print("yes", q)
class NoArgs: pass
match NoArgs():
    case NoArgs(): print("noargs")
try:
    match NoArgs():
        case NoArgs(z): print(z)
except TypeError as e: print(e)
class MyInt(int): pass
match MyInt(7):
    case MyInt(v): print("myint", v)
match (1, 2, 3, 4):
    case (a, *m, z): print(a, m, z)
match collections.deque([1, 2, 3, 4]):
    case [*m, y, z]: print(m, y, z)

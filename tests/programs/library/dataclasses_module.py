# dataclasses: fields with defaults and factories, ClassVar, repr/eq/order/frozen/hash, __post_init__,
# the generated __init__'s errors, inheritance, asdict/astuple/replace/fields, match by __match_args__;
# and a class body's __annotations__.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.tags)
print(Point(3), Point(x=4, y=5, tags=["a"]))
print([f.name for f in fields(p)], asdict(p), astuple(p), is_dataclass(p), is_dataclass(int))
print(replace(p, y=9))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, [], 4)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def __post_init__(self):
        print("post", self.major)


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("frozen:", e)


@dataclass
class Line:
    start: Point
    end: Point
    name: str = field(default="line", repr=False, compare=False)


ln = Line(Point(0, 0), Point(1, 1))
print(ln, asdict(ln))
print(Line.__match_args__, Point.__hash__)


@dataclass
class Child(Point):
    z: int = 7


print(Child(1, 2, [], 3), Child(1))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
match Point(5, 6):
    case Point(x, y):
        print("matched", x, y)
print(Point.__annotations__)

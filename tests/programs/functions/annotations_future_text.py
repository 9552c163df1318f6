# Postponed annotations (from __future__ import annotations) are their expressions written out
# again, as CPython's compiler writes them: quotes, spacing and operators normalised.
from __future__ import annotations
import typing

def f(b: "str", d: list["int"], e: dict[str,   int] = None, *a: int|None, **k: 'typing.Any') -> None: pass
print(f.__annotations__)

class Point:
    x: int
    y:   "float"
    z: tuple[int, ...] = (1,)
    w: lambda: 1
    s: -1 + 2 * 3 ** 2
    q: typing.Optional[  'Point' ]

print(Point.__annotations__)
n: "int" = 3
m: list[tuple[int,str]]
print(__annotations__)
class A:
    x: __B
    __y: int = 3
    def f(self, y: __B) -> __B: ...
print(A.__annotations__, A.f.__annotations__, A._A__y)

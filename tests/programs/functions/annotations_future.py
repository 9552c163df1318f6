# Under `from __future__ import annotations` a function's annotations are their text, and a
# name they use need not exist.
from __future__ import annotations


def f(a: Undefined, b: list[int] = None) -> dict[str, int]:
    return {}


print(f.__annotations__)
import __future__

print(__future__.annotations, __future__.division.compiler_flag, __future__.annotations.getMandatoryRelease())
print(annotations is __future__.annotations, len(__future__.all_feature_names))

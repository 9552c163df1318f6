# `from m import *`: a built-in module's public names, a program module's public names (its
# `__all__` when it has one), names bound on a path not taken skipped, and chains of them.
from math import *
from star_helper import *

print(sqrt(16.0), floor(pi), e > 2)
print(PUBLIC, area(2), Shape.sides, chained, ALSO, math.tau > 6)
for name in ["_PRIVATE", "MISSING", "NOT_LISTED"]:
    try:
        print(eval_name := globals()[name])
    except KeyError:
        print("not bound:", name)

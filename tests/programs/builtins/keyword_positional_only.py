# Keywords where a built-in's parameters are positional-only raise TypeError (no function
# runs short of its arguments); object.__getattribute__ never asks __getattr__; raise of a
# class that is no exception class does not call it.
import math
print(math.isclose(1.0, 1.0), math.prod([2, 3], start=2))
for f in (lambda: math.prod(start=2), lambda: sorted(key=len), lambda: sum(start=1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError")
class C:
    def __getattr__(self, n):
        try:
            d = object.__getattribute__(self, "extra")
        except AttributeError:
            return "default"
print(C().x)
try:
    raise int
except TypeError as e:
    print(e)
print(round(number=2.5), pow(base=2, exp=5))

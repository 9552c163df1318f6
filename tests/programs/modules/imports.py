import math as m
from math import sqrt, pi as PI
import sys, gc
print(m.floor(2.5), sqrt(9), PI > 3)
print(type(sys.implementation.name).__name__, sys.maxsize > 0)
print(gc.collect() is None or True)
try:
    import does_not_exist
except ImportError:
    print("no such module")
try:
    from math import nothing_here
except ImportError as e:
    print("ImportError")

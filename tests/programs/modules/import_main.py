# `import __main__` (and `from __main__ import …`) gives the program's main module: its
# globals as attributes, read and written through.
import __main__

counter = 5


def bump():
    return counter + 1


print(__main__.__name__, type(__main__).__name__)
print(__main__.counter, __main__.bump())
__main__.counter = 10
print(counter, bump())
from __main__ import counter as c

print(c, hasattr(__main__, "bump"), hasattr(__main__, "missing"))
import sys

print(sys.modules["__main__"] is __main__)

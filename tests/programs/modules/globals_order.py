# globals() and vars() of the module list the names in the order the run first bound them,
# as CPython's dict of globals does (blocks of if/for/try/with in turn; an except clause that
# did not run binds nothing).
import math

zeta = 1


def beta():
    global late
    late = 3


class Alpha:
    pass


for idx in range(2):
    pass
if zeta:
    yak = 2
    from os import sep
try:
    import json as js
except ImportError as err:
    pass
with Alpha.__new__.__class__ if False else memoryview(b"ab") as buf:
    pass
print([k for k in globals() if not k.startswith("__")])
beta()
print([k for k in globals() if not k.startswith("__")][-3:])

# sys.modules['__main__'] (and sys.modules[__name__] in the main module) is the program's own
# module: its globals as attributes, read and set, looked up by a name computed at run time;
# vars() and __dict__ of a module give its names.
import sys
import json


def gen():
    yield 1


for x in gen():
    break

VALUE = 42


def helper(n):
    return n * 2


def dispatch(name, *args):
    return getattr(sys.modules[__name__], name)(*args)


main = sys.modules["__main__"]
print(main.__name__, main.VALUE, dispatch("helper", 21), main is sys.modules[__name__])
print(sorted(k for k in vars(main) if not k.startswith("__")))
print("__main__" in sys.modules, hasattr(main, "gen"), getattr(main, "missing", "no"))
main.VALUE = 7
print(VALUE)
late = 1
print(main.late, type(main).__name__, "late" in main.__dict__)
import heapq
print("heappush" in vars(heapq), "heappop" in heapq.__dict__)

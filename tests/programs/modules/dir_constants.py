# dir() of a built-in module lists its constants too, as CPython's.
import math
import sys

print([n for n in ("pi", "e", "tau", "inf", "nan") if n in dir(math)])
print([n for n in ("maxsize", "byteorder", "platform", "argv", "implementation") if n in dir(sys)])
print("sqrt" in dir(math), "__name__" in dir(math), dir(math) == sorted(dir(math)))

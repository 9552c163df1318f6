# Where a name's every spelled binding binds an int, yet it holds something else: the
# builtin of its name (no binding in this scope), a global set through `object.__setattr__`
# (a bool). The int operations' slow path stays CPython's.
import sys


def g():
    min = 3
    return min + 1


print(g())
try:
    print(min + 1)
except TypeError as e:
    print("TypeError:", e)
n = 1
object.__setattr__(sys.modules[__name__], "n", True)
print(n & n, n + 1, n << 3, -n)

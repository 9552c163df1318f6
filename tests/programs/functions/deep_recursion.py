# Deep recursion after sys.setrecursionlimit, as CPython allows it: through a memoising
# decorator, a method with defaults, and a plain function. # runs on the host only
import sys
from functools import cache

sys.setrecursionlimit(100000)


@cache
def tri(n):
    return 0 if n == 0 else tri(n - 1) + n


class Walker:
    def down(self, n, acc=0, step=1):
        return acc if n == 0 else self.down(n - step, acc + n, step)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(tri(3000), Walker().down(20000), depth(50000))
print(sys.getrecursionlimit())

# Built-ins given more arguments than a byte counts (any number: they were refused past 255
# with "expected at most 4294967295 arguments"), and math.hypot/dist/lcm, random.sample's
# counts and seed, bytes() of __bytes__, a StringIO subclass's start, time.strftime and
# sys.exit's tuple on a heap filled but for a little: their buffers are taken fallibly. The
# same or MemoryError, on the host and in QEMU's 100 KB heap.
# not under --gc-stress (the heap filled again and again: each allocation a collection of it all).
import io
import math
import random
import time
import sys
from full_heap import check


L = [1.0] * 3000
M = [0.0] * 3000
print(math.hypot(*range(300)), max(*range(300)), min(*range(400, 100, -1)), math.gcd(*range(0, 3000, 6)))
print(math.lcm(*range(1, 300)) % 10 ** 9, len(set(range(300))), "".join(map(str, (1, 2, 3))))


class B:
    def __bytes__(self):
        return b"x" * 15000


class S(io.StringIO):
    pass


class Y(io.BytesIO):
    pass


def exit_code():
    try:
        sys.exit(tuple(range(3000)))
    except SystemExit as e:
        return len(e.code)


def seeded(x):
    random.seed(x)
    return random.random()


check("hypot", lambda: math.hypot(*L))
check("dist", lambda: math.dist(L, M))
check("lcm", lambda: math.lcm((1 << 100000) - 1, (1 << 99999) - 1) % 1000)
check("sample", lambda: len(random.sample(range(3), 2, counts=iter([10 ** 6, 1, 1]))))
check("seed", lambda: seeded(7 ** 20000))
check("bytes", lambda: len(bytes(B())))
check("StringIO", lambda: len(S("x" * 15000).getvalue()))
check("BytesIO", lambda: len(Y(b"x" * 15000).getvalue()))
check("strftime", lambda: len(time.strftime("%Y" * 8000, (2024, 1, 1, 0, 0, 0, 0, 1, 0))))
check("exit", exit_code)
random.seed(12345678901234567890123456789 ** 7)
print(random.random(), random.sample(range(10), 3, counts=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))

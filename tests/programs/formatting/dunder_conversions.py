# %-formatting, math's int functions and struct.pack take objects of classes by __index__, __int__ and __float__, as CPython.
import math
import struct

class N:
    def __index__(self):
        return 12

class I:
    def __int__(self):
        return 7

class F:
    def __float__(self):
        return 2.5

print("%d %i %x %o" % (N(), N(), N(), N()), "%d" % I(), "%5.1f|%e|%g" % (F(), F(), N()))
print(math.gcd(N(), 8), math.isqrt(N()), math.comb(N(), 2), math.perm(N(), 2), math.lcm(N(), 8))
print(struct.pack("<i", N()), struct.pack(">H", N()))
try:
    "%d" % F()
except TypeError as e:
    print(e)
try:
    "%f" % "x"
except TypeError as e:
    print(e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(e)
try:
    struct.pack("<i", F())
except struct.error as e:
    print(e)

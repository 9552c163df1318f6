# Unary -, + and ~ on small ints inline (the ends of the small range overflow into big ints), and on everything else.
import sys
xs = [0, 1, -1, 7, -7, 2**30 - 1, -2**30, 2**30, -2**30 - 1, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63, -2**63, 2**100, True, False, 2.5, -0.0]
for x in xs:
    print(x, -x, +x, (~x if not isinstance(x, float) else None), type(-x).__name__)
j = 3
a = [1, 2, 3, 4]
print(a[-j], -(-j), ~~j, ~0, -(-(2**62)))
class N:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
n = N()
print(-n, ~n, +n)
try:
    -"s"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)

# Operations on ints as big as the heap has room for, on a heap filled but for a little: the
# bitwise operators (computed a digit at a time into the result), comparisons with floats,
# float() and math.log (no copy of the int), pow with a modulus and round to tens (room made
# first), big powers. The same answer or MemoryError, on the host and in QEMU's 100 KB heap.
# not as bytecode on a board: the VM's returned frames leave words the collector scans
# conservatively, which can keep an int of 7 KB alive, and in QEMU's 100 KB heap the next
# check's first, empty-heap step then runs out (a thing to fix in the VM, not here).
# not under --gc-stress (the heap filled again and again: each allocation a collection of it all).
import math
import random
from full_heap import check


def fl(x):
    try:
        return float(x)
    except OverflowError as e:
        return str(e)


A = -(1 << 60000) + 12345
B = (1 << 59000) + 999
check("and", lambda: (A & -B).bit_length())
check("or", lambda: (A | B).bit_length())
check("xor", lambda: (-A ^ -B).bit_length())
check("lt", lambda: (1 << 60000) < 1.5)
check("eq", lambda: -(1 << 60000) == 1e300)
check("float", lambda: fl(1 << 60000))
check("float2", lambda: fl((1 << 1000) + 1))
check("log", lambda: round(math.log(1 << 60000), 6))
check("powmod", lambda: pow(3, 65537, (1 << 100000) - 1) % 1000)
check("round", lambda: round((1 << 150000) + 7, -30) % 1000)
check("pow", lambda: (3 ** 30000) % 1000)

for x in (1 << 60000, -(1 << 60000), 2 ** 1024 - 1, 2 ** 1100, 2 ** 1101 + 1):
    try:
        print(float(x))
    except OverflowError as e:
        print("OverflowError", e)
for x in (2 ** 1099, 2 ** 1100, 2 ** 1101, 10 ** 400):
    print(x > 1e308, -x < -1e308, x == float("inf"), x < float("inf"), -x > float("-inf"), x != 1.5)
print(round(math.log(2 ** 3000 + 1), 9), round(math.log2(3 ** 5000), 6), round(math.log10(10 ** 1000 * 7), 9))

# The bitwise operators against CPython's, signs and lengths mixed.
random.seed(5)
acc = 0
for i in range(1500):
    a = random.getrandbits(random.choice([1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 200, 1000]))
    b = random.getrandbits(random.choice([1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 200, 1000]))
    if random.random() < 0.5:
        a = -a
    if random.random() < 0.5:
        b = -b
    if random.random() < 0.1:
        a = -(1 << random.choice([32, 64, 96, 128]))
    if random.random() < 0.1:
        b = (1 << random.choice([32, 64, 96, 128])) - 1
    for r in (a & b, a | b, a ^ b):
        acc = (acc * 1000003 + r) % (1 << 127)
print(acc)
print((-1 << 200) & (-1 << 100), (-1 << 200) | ((1 << 100) - 1), -(1 << 64) ^ -(1 << 64), (1 << 70) & -(1 << 70))
print(pow(7, -1, (1 << 300) + 1) % 10 ** 9, pow(-5, 3, -(1 << 100) - 3), round(-(10 ** 50) - 5 * 10 ** 19, -20))

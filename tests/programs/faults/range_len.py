# len() of ranges that span the whole machine word (once an overflow in the runtime).
import sys
print(len(range(sys.maxsize, 0, -1)) == sys.maxsize)
print(len(range(0, sys.maxsize)) == sys.maxsize)
print(len(range(-sys.maxsize, sys.maxsize, 2)) == sys.maxsize)
print(len(range(sys.maxsize, -sys.maxsize, -3)) == (2 * sys.maxsize + 2) // 3)
try:
    len(range(-sys.maxsize - 1, sys.maxsize))
except OverflowError as e:
    print("OverflowError", e)
r = range(sys.maxsize, 0, -1)
print(r[0] == sys.maxsize, r[-1], 5 in r)

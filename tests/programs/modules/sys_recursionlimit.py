# sys.getrecursionlimit says what setrecursionlimit set.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
print(sys.getrecursionlimit())

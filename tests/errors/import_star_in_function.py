# error: 3:5: import * only allowed at module level
def f():
    from math import *
    return sqrt(4)
print(f())

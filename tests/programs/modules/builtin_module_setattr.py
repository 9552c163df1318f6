# Attributes set on (and deleted from) built-in modules, as CPython allows: read back by
# name, through getattr and by calls, after the inline caches had seen the module's own.
import sys, math
sys.tracebacklimit = 1000
print(sys.tracebacklimit)
math.tau2 = 2 * math.tau
print(math.tau2)
def fake(x):
    return -1
def root(x):
    return math.sqrt(x)
print(root(4))
math.sqrt = fake
print(math.sqrt(4), root(4))
m = math
print(m.sqrt(9), getattr(math, 'sqrt')(16))
del math.tau2
print(hasattr(math, 'tau2'))
print('tau2' in dir(math))
math.tau3 = 3
print('tau3' in dir(math), math.tau3)
import time
try:
    del time.nothing
except AttributeError as e:
    print("AttributeError")

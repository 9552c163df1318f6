# (Among the heap programs: it builds lists 50,000 deep, which --gc-stress would take minutes over.)
# The runtime's own recursion over nested containers is bounded too: repr, print, comparison.
l = []
for i in range(50000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr:", e)
try:
    print(l)
except RecursionError as e:
    print("print:", e)
m = []
for i in range(50000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("eq:", e)
del l, m
d = {}
for i in range(12000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("dict:", e)
t = ()
for i in range(30):
    t = (t,)
print(hash(t) == hash(t), len(repr(t)))
a, b = [[[1, [2]]]], [[[1, [2]]]]
print(a == b, repr(a))

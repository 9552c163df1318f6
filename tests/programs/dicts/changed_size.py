# Changing a dict's or set's size while iterating over it is a RuntimeError, as in CPython.
from collections import defaultdict

d = {0: 0}
try:
    for k in d:
        if k < 3:
            d[k + 10] = 0
    print("no error", d)
except RuntimeError as e:
    print("RuntimeError:", e)

s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

g = defaultdict(list)
g[1].append(2)
try:
    for k in g:
        g[k + 1]
except RuntimeError as e:
    print("RuntimeError:", e, len(g))

d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
for k in list(d):
    if k > 1:
        del d[k]
print(d)
it = iter(d.items())
print(next(it))
d.pop(1)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
it = iter(d.values())
d[2] = 2
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({1: 2, 3: 4}), [k for k in {5: 6}], sum({1, 2, 3}))

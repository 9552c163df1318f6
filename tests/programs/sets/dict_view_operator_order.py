# Set operators on a dict's keys order their result as CPython's (the set is made from the dict).
d = {33: 0, 1: 0, 17: 0, 64: 0, 5: 0}
print(d.keys() - {1}, d.keys() | {2}, d.keys() ^ {5, 99}, d.keys() & {1, 64})
e = {k: k for k in range(0, 200, 7)}
print(e.keys() - {0, 7}, e.keys() | {1000, 3})
print(d.items() - {(1, 0)})

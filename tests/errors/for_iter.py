# error: 2:10: only `for … in range(…)` loops are supported so far
for c in "abc":
    print(c)

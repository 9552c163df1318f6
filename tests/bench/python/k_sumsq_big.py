# exact Python semantics: s exceeds the 31-bit small-int range early, so this exercises bigints
def sumsq(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def bench():
    return sumsq(100000)


# Measured by tests/bench: instructions between the 2nd and 3rd print, less those
# between the 1st and 2nd.
print(1)
print(2)
print(bench())

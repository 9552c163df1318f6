# same loop, but every value stays a small int (< 2**30): 100 x sum(i*i for i < 1000)
def sumsq(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def bench():
    t = 0
    for r in range(100):
        t += sumsq(1000) - 332833500
    return t + sumsq(1000)


# Measured by tests/bench: instructions between the 2nd and 3rd print, less those
# between the 1st and 2nd.
print(1)
print(2)
print(bench())

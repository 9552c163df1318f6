def bubble(a):
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]

DATA = [(i * 919 + 13) % 1000 for i in range(200)]

def bench():
    bubble(DATA)

# checksum, computed after the timed region
def check():
    return DATA[0] + DATA[199] * 1000 + sum(DATA[i] * i for i in range(200)) * 1000000


# Measured by tests/bench: instructions between the 2nd and 3rd print, less those
# between the 1st and 2nd.
print(1)
print(2)
print(bench())
print(check())

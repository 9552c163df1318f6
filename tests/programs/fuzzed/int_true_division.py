# Found by tests/fuzz.rs: int / int is the exact quotient rounded once, as CPython's
# (12345678901234567890 / 255 came out one unit in the last place low through two floats).
import random
random.seed(5)
vals = [12345678901234567890, 255, -7, 3, 10**20, 2**53 + 1, 2**64 - 1, -(10**30) + 7, 10**400, 1, 2**1100, 0]
for a in vals:
    for b in vals:
        try:
            print(a / b, end=" ")
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e, end=" ")
    print()
s = 0
for i in range(300):
    a = random.randrange(-10**25, 10**25)
    b = random.randrange(1, 10**(i % 30 + 1))
    print(a / b)
print(s)
print(10**400 / 10**399, 1 / 10**400, -1 / 10**400, 0 / -5)

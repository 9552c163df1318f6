# math.gcd and math.lcm of ints of every size: words (the fast way) and big ints, signs,
# zeros, bools, no arguments, many, and results just past 64 bits.
import math

print(math.gcd(), math.lcm())
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(0, -7))
print(math.gcd(True, 4), math.gcd(False, -4), math.lcm(True, 6))
print(math.gcd(2**62, 2**40 * 3), math.gcd(-2**63, 2**63 - 1), math.gcd(-2**63, 0), math.gcd(-2**63, -2**63))
print(math.gcd(2**64, 2**70), math.gcd(3**50, 3**20 * 2), math.gcd(10**30, 10**12))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(5, 0, 7), math.lcm(2**32, 3**21))
print(math.lcm(2**62, 3), math.lcm(2**63 - 1, 2), math.lcm(-2**63, 3), math.lcm(10**18, 7, 11, 13))
print(math.gcd(*range(0, 1000, 6)), math.lcm(*range(1, 30)))
total = 0
for a in range(-30, 31):
    for b in range(-30, 31):
        total += math.gcd(a, b) * 3 + math.lcm(a, b)
print(total)
x = 1
for i in range(1, 60):
    x = x * 31 + i
    print(math.gcd(x, x * 7 + 3 * i), end=" ")
print()
for bad in ((1.0, 2), (1, "2"), (2, 3, None)):
    try:
        math.gcd(*bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        math.lcm(*bad)
    except TypeError as e:
        print("TypeError", e)

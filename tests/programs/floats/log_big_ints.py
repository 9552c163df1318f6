# math.log, log2 and log10 of ints too large for a float: computed from the int's bits (as
# CPython's loghelper does), not OverflowError; the base may be such an int too.
import math

print(math.log(10**400), math.log2(2**2000), math.log10(10**400))
print(math.log(10**400, 10), math.log(3**1000, 2**1500), math.log(2**1024), math.log2(2**1024 - 1))
print(math.log(10**1000, 2.5), math.log2(3**100000), math.log10(7**5000), math.log(2**1024 + 1, 2))
print(math.log(10**308), math.log10(10**308), math.log2(2**1023), math.log(True), math.log2(1), math.log10(10))
print(math.log(2**5000) == 5000 * math.log(2), math.log2(2**70000))
for bad in (lambda: math.log(-(10**400)), lambda: math.log(0), lambda: math.log2(-(2**2000)), lambda: math.log10(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: math.log(10**400, 1), lambda: math.log(5, 1)):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    math.log2(10**400, 2)
except TypeError as e:
    print("TypeError:", e)

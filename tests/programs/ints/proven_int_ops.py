# Operations on names every binding of binds an int (a literal, len(), range's items, an int
# operator's result): their slow paths take int arithmetic alone. Big results, division by
# zero, negative shifts and negative divisors as CPython.
big = 1
for i in range(70):
    big = big * 3 + i
print(big, big // 7, big % 1000, -big // 5, big >> 60, big << 3)
count = 0
count += 2 ** 10 if False else 1 << 40
count *= 1 << 40
count -= 5
print(count, count & 0xFFFF, count | 1, count ^ -1, ~count, -count)
n = len("abcdef")
print(n % -4, -n % 4, n // -4, -n // 4, n << 62, (n << 62) >> 61)
width = 7
for k in range(-3, 4):
    print(k, k % width, k // width, (k * width) % 5, k << 2, (k & 3) | 8)
try:
    print(n // (n - 6))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(n % (width - 7))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(n << (4 - width))
except ValueError as e:
    print("ValueError:", e)
total = 0
for a in range(3):
    total += a * 1000000007 * 1000000007
print(total, total % 97)
small = ord("A") + int("5") + hash(3)
print(small, small * small * small * small * small * small * small)

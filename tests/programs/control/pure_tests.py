# Tests of a loop's fast copy that go to the general copy for operands that are not small
# ints (list items compared, floats, strs, objects whose comparisons print), lists whose
# headers the loop changes, and indexes checked once for two uses.
def bubble(a):
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a

print(bubble([5, 3, 9, 1, 7, 2]))
print(bubble([2.5, -1.0, 3.25, 0.0]))
print(bubble(["pear", "apple", "fig"]))
print(bubble([3, 1.5, 2, 0.5, 10 ** 20, -10 ** 20]))

class Loud:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return "L%d" % self.v

print(bubble([Loud(2), Loud(1), Loud(3)]))

def count_between(a, lo, hi):
    n = 0
    for i in range(len(a)):
        if lo <= a[i] < hi and not a[i] == 5:
            n += 1
    return n

print(count_between([1, 5, 7, 3, 9, 5, 4], 3, 8))
print(count_between([1.0, 5.0, 7.5, 3.0], 3, 8))

def grow(a):
    total = 0
    for i in range(4):
        if a[i] > 2:
            a.append(a[i] * 10)
        total += a[i]
    return a, total

print(grow([1, 3, 2, 5]))

def shrink(a):
    out = []
    for i in range(3):
        if a[i] >= 0:
            out.append(a[i])
            a.pop()
    return out, a

print(shrink([4, 5, 6, 7, 8, 9]))
try:
    shrink([1, 2, 3])
except IndexError as e:
    print("IndexError", e)

def mixed_then_ints(a):
    s = 0
    for i in range(len(a)):
        if a[i] > 1:
            s += i
    return s

print(mixed_then_ints([0.5, 2, 3, 1, 5.5]))
print(mixed_then_ints([3, 0, 2, None][:3]))
try:
    mixed_then_ints([1, "x", 2])
except TypeError as e:
    print("TypeError", e)

def neg_index(a):
    c = 0
    for i in range(1, len(a)):
        if a[i - 1] < a[i]:
            c += 1
    return c

print(neg_index([1, 2, 0, 5, 6]), neg_index([]))

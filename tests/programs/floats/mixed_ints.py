# Float arithmetic whose names hold ints as well: an operator with a float on one side turns
# the int into a float (as the unboxed path does), one with ints on both sides computes an int.


class V:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


a, b, c = V(1, 2, 3), V(0.5, 1.5, 2.5), V(2, 3, 4)
# The same site sees floats, ints and both, in every order.
for p, q in [(a, b), (b, a), (a, c), (b, b), (c, c), (a, c), (b, c), (V(True, 2, 0), V(1.5, 1.0, 0))]:
    r = p.dot(q)
    print(r, type(r).__name__)

# Ints beyond what a float holds exactly: int with int stays exact.
big = V(2**40 + 1, 3, 1)
print(big.dot(b), big.dot(c), V(2**53 + 1, 0, 0).dot(V(1, 0, 0)))


def f(n, x):
    return (n + 1) * x, n * x / 2, -n * x, x * 2 + n, n / 3, (n - n) * x


print(f(3, 1.5), f(4, 2), f(-7, 0.25))


def interp(u, ua, ub):
    return (ua - u) / (ua - ub)


for i in range(40):
    # An int-only operator in the middle, many times (the site learns to skip its checks).
    v = interp(0.5 + i, 2 + i, 1)
print(v, interp(0.5, 2.0, 1), interp(3, 5, 1))


def side(x, n):
    if x * 2 < n:
        return "lt"
    if x * 2 == n:
        return "eq"
    return "gt"


print([side(x, n) for x, n in [(1.5, 4), (3.0, 4), (2, 4), (2, 5), (2**52 + 1, 2**53 + 2), (0.5, 1)]])

try:
    print(a.dot(V(0.0, 0, 0)) / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(a.dot(V(1, 0, 0)) / (a.x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(V(1.5, 2, 3).dot(V("s", 1, 1)))
except TypeError as e:
    print("TypeError:", e)


# `-n` of an int is an int: `-0` is 0, and then 0.0, never -0.0.
def neg(n, x):
    return -n * x / 1.0, x * 1.0 - -n, -x * 1.0


print(neg(0, 1.5), neg(0, -0.0), neg(3, 0.0), -0 * 1.5)

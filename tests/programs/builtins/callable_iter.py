# iter(callable, sentinel): calls until the result equals the sentinel, in for loops, list(), next()
n = 0


def count():
    global n
    n += 1
    return n


print(list(iter(count, 5)))
n = 0
for x in iter(count, 3):
    print("for", x)
it = iter(count, 7)
print(type(it).__name__, iter(it) is it)
print(next(it), next(it), next(it))
print(list(it), list(it))
print(next(it, "done"))

# The sentinel is compared with ==: 1.0 stops at 1.
vals = [3, 2, True, 0]
print(list(iter(vals.pop, 1.0)))

# StopIteration from the callable ends it too; so does a sentinel never reached then.
def stops():
    raise StopIteration


print(list(iter(stops, None)))

# Bound methods and classes are callables.
class Reader:
    def __init__(self, data):
        self.data = list(data)

    def read(self):
        return self.data.pop(0) if self.data else ""


print(list(iter(Reader("abc").read, "")))
print(sorted(iter(int, 0)))
print([c for c in iter(Reader("xy\n").read, "\n")])

# Errors from the callable propagate; a non-callable is a TypeError.
def bad():
    raise KeyError("k")


try:
    next(iter(bad, 1))
except KeyError as e:
    print("KeyError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    iter()
except TypeError as e:
    print("TypeError", e)
try:
    iter(count, 1, 2)
except TypeError as e:
    print("TypeError", e)

# A top-level def that shadows a builtin: before the def runs, calls reach the builtin.
try:
    f()
except NameError as e:
    print("NameError", e)
print(max([3, 1, 2]), len("ab"))
def max(xs):
    return "my max"
def len(x):
    return -1
print(max([3, 1, 2]), len("ab"))
def f():
    print("f")
f()

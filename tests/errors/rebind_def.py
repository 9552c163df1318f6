# error: 4:1: 'f' is a function or import and cannot be assigned
def f():
    return 1
f = 2

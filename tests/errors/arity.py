# error: 4:1: f() takes 2 arguments but 1 were given
def f(a, b):
    return a
f(1)

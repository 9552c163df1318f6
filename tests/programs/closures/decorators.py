def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
add(5)
def times(n):
    def deco(f):
        def g(x):
            for _ in range(n):
                x = f(x)
            return x
        return g
    return deco
@times(3)
def double(x):
    return x * 2
print(double(1))

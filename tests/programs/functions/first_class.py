def apply(f, *args):
    return f(*args)
def add(a, b):
    return a + b
ops = {"add": add, "max": max, "len": len}
print(apply(add, 2, 3), apply(ops["max"], 4, 9), ops["len"]("four"))
f = add
add = None
print(f(1, 1), add)
print(callable(f), callable(3), f.__name__, print.__name__ if hasattr(print, "__name__") else "?")

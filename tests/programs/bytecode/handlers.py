# try/except/else/finally, with, assert, del and slice stores as the bytecode's handler table
# runs them: return, break and continue through finally bodies and __exit__ calls.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("VE", e)
        return -1
    except ZeroDivisionError:
        print("ZD")
        raise
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None, e)
        return self.swallow

def w():
    with CM("a") as a, CM("b", True):
        print("in", a.name)
        raise KeyError("k")
    with CM("c"):
        return "ret"

def nested():
    try:
        try:
            {}["x"]
        finally:
            print("inner fin")
    except KeyError as e:
        print("caught", repr(e))
        try:
            raise TypeError("t")
        except TypeError as e2:
            print("chained", repr(e2.__context__))
    assert nested, "never"
    try:
        assert 1 == 2, "nope"
    except AssertionError as e:
        print("AE", e)
    d = {"a": 1, "b": 2}
    del d["a"]
    l = [1, 2, 3, 4]
    l[1:3] = [9]
    del l[0]
    print(d, l)

print(f(2), f(0))
try:
    f(0.0)
except ZeroDivisionError as e:
    print("outer ZD", e)
print(g())
print(w())
nested()
def boom():
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
boom()

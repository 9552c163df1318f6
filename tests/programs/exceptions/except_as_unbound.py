# The name bound by `except E as name` is unbound when the clause is left, however it is left.
try:
    raise ValueError("x")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as n:
    print("NameError", n)
def g():
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        print("UnboundLocalError", u)
g()
class C:
    try:
        raise KeyError(1)
    except KeyError as k:
        pass
print(hasattr(C, "k"))
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e2:
        if i == 0:
            continue
        break
try:
    e2
except NameError as n:
    print("NameError", n)
def h():
    x = 5
    try:
        raise ValueError
    except ValueError as x:
        del x
    try:
        print(x)
    except NameError as n:
        print(type(n).__name__, n)
h()
try:
    try:
        raise ValueError(1)
    except ValueError as e3:
        raise KeyError(2)
except KeyError:
    pass
try:
    e3
except NameError as n:
    print("NameError", n)
def gen():
    try:
        raise ValueError("g")
    except ValueError as ge:
        yield str(ge)
    try:
        yield ge
    except UnboundLocalError:
        yield "unbound"
print(list(gen()))
def ret():
    try:
        raise ValueError("r")
    except ValueError as e:
        try:
            return str(e)
        finally:
            print("finally sees", e)
print(ret())

def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("leaving", i)
def h():
    try:
        raise ValueError("lost")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
print(f(), g(), h())

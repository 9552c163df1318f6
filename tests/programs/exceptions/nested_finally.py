def f():
    for i in range(3):
        try:
            try:
                if i == 2:
                    return i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
    return None
print(f())
def g():
    try:
        raise ValueError("v")
    finally:
        print("cleanup")
try:
    g()
except ValueError as e:
    print("got", e)

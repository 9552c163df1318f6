def f(x):
    return 10 // x

def g(y):
    print("calling f with", y)
    return f(y) + 1

print(g(2))
print(g(0))
print("not reached")

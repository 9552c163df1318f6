x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
l = [1, 2, 3, 4]
del l[0], l[-1]
print(d, l)
def f():
    y = 2
    del y
    return y
f()

# print() checks sep and end before it writes anything (a sep no item needs too), as CPython.
for call in (lambda: print("a", sep=1), lambda: print("a", "b", end=2), lambda: print(sep=b"x")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
s, e = "-", "!\n"
print("x", "y", sep=s, end=e)
print("x", "y", sep=None, end=None)

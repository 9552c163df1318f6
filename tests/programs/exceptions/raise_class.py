try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__context__)
def f():
    raise RuntimeError("from f")
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
raise TypeError("final")

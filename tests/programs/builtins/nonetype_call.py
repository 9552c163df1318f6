# Calling NoneType gives None, as CPython.
print(type(None)())
try:
    type(None)(1)
except TypeError as e:
    print(e)

# OSError(errno, strerror) makes the errno's subclass, as CPython (FileNotFoundError…).
for n in (1, 2, 4, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999):
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(type(OSError(2)).__name__, type(OSError("x", "y")).__name__, type(FileNotFoundError(13, "m")).__name__)
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print("caught", e, e.filename)

# OSError's filename and filename2 are attributes, not arguments, as in CPython.
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "No such file", "a", None, "b")
print(repr(e), str(e), e.args, e.filename, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.args, e.errno, e.filename)
e = OSError(13, "denied")
print(repr(e), str(e), e.filename)
e.filename = "late.txt"
print(str(e))
e = OSError("just a message")
print(repr(e), str(e), e.errno, e.filename)


class MyError(OSError):
    pass


m = MyError(5, "I/O", "dev")
print(repr(m), str(m), m.args, m.filename)
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as x:
    print(type(x).__name__, x, x.args)


# A subclass with an __init__ of its own: what it gives super().__init__ is parsed.
class DeviceError(OSError):
    def __init__(self, dev, code, text):
        super().__init__(code, text)
        self.dev = dev


d = DeviceError("uart0", 5, "I/O error")
print(str(d), d.args, d.errno, d.strerror, d.filename, d.dev)


class E(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b, c)


e = E(2, "x", "f")
print(type(e).__name__, str(e), e.args, e.errno, e.filename)
e = OSError(1, "a", None)
print(e.args, str(e), e.errno, e.strerror, e.filename)
e = OSError(1, "a", None, None, "g")
print(e.args, str(e), e.filename, e.filename2)
print(OSError(2, "x", "f").__dict__, OSError(2, "x", "f", None, "g").__dict__)

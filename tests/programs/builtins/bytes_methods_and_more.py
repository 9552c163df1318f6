# bytes methods (those of str, on bytes), bytes %, fromhex; int.to_bytes/from_bytes; int()
# and float() of bytes; __int__/__float__ results checked; dict.fromkeys; object.__init__;
# exception names; a finished generator's later StopIteration; PEP 479.
print(b"a,b,,c".split(b","), b"  x y ".strip(), b"-".join([b"a", b"b"]), b"abc".upper())
print(b"hello".replace(b"l", b"L"), b"hello".find(b"ll"), b"hello".startswith((b"x", b"he")))
print(bytearray(b"a b").split(), b"line1\nline2\r\n".splitlines(), b"ab".center(6, b"*"))
print(b"x=%d %s" % (5, b"y"), b"%02x" % 255, bytes.fromhex("de ad BE"), b"abc".isalpha())
print(b"key: value".partition(b": "), b"12".zfill(4), b"a" in b"cat", b"ca".count(b"a"))
try:
    b"a,b".split(",")
except TypeError as e:
    print("TypeError", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xfe\xff", "little", signed=True), int.from_bytes([1, 2], "big"))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), int.from_bytes(b"", "big"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big")]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError", e)
print(int(b"12"), int(b"ff", 16), float(b"1.5"), int(bytearray(b"7")))
class I:
    def __int__(self):
        return None
class F:
    def __float__(self):
        return 6
for f, o in ((int, I()), (float, F())):
    try:
        print(f(o))
    except TypeError as e:
        print("TypeError", e)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(object.__init__ is not None)
for name in ["SyntaxError", "IndentationError", "SystemError", "UserWarning", "IOError"]:
    e = {"SyntaxError": SyntaxError, "IndentationError": IndentationError,
         "SystemError": SystemError, "UserWarning": UserWarning, "IOError": IOError}[name]
    print(e.__name__, issubclass(e, Exception))
def gen():
    yield 1
    return 42
g = gen()
next(g)
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print(e.args, e.value)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def inner():
    return (yield)
def outer():
    r = yield from inner()
    yield r
o = outer()
next(o)
print(o.send(7))

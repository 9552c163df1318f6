# % formatting's mapping test is CPython's: any argument with __getitem__ but a tuple or a
# str (for bytes: nor bytes or bytearray) is a mapping, whose %(key)s are its items and which
# may go unused ('' % [] is ''); found by the fuzzer, seed 101.
class G:
    def __getitem__(self, k):
        return k * 2
for fmt, args in [("", []), ("ab", [1]), ("", range(3)), ("x", G()), ("%s", [1]), ("%(ab)s!", G()), ("%(0)s", {"0": 5}), ("", {}), ("", ()),
                  ("%s %s", [1, 2]), ("", 5), ("x", "y"), ("%(a)s", [1])]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, args in [(b"", []), (b"%s", [b"x"]), (b"ab", b"x")]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
b = ""
b %= []
print(repr(b))

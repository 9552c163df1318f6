# `%` formatting of bytes: %s/%b take bytes-like objects, %r/%a give ascii(), %c a byte; str %a.
print(b"=%r=" % b"str", b"%a" % "\xe9", b"%s" % b"x", b"%r" % 5, b"%a" % b"q", b"%5s|%-4b|" % (b"ab", bytearray(b"c")))
print(b"%c%c" % (65, b"z"), b"%(k)s" % {b"k": b"v"}, b"%.1s" % b"xyz", b"%d %x %5.2f" % (3, 255, 2.5))
print("%a %r %s" % ("\xe9", "\xe9", "\xe9"), "%a" % [b"\xff", "\xe9"])
print(bytearray(b"%s!") % b"hi")
for fmt, a in [(b"%s", "str"), (b"%c", 300), (b"%c", "x"), (b"%b", 5)]:
    try:
        print(fmt % a)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

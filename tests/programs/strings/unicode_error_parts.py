# UnicodeDecodeError and UnicodeEncodeError carry their parts (encoding, object, start, end,
# reason), and their text is made from them, as CPython's.
for data in (b"ab\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"x\x80", b"ok\xff\xfe"):
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
for t in ("h\xe9llo", "a\u20acb", "\U0001f600", "ab\xe9\xe8c"):
    for enc in ("ascii", "latin-1"):
        try:
            print(t.encode(enc))
        except UnicodeEncodeError as e:
            print(e, "|", e.start, e.end, repr(e.object), e.reason)
try:
    b"a\xff".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\x00\x01", 0, 2, "custom")
print(str(e), e.encoding, e.args[4])
e = UnicodeEncodeError("ascii", "\xe9x", 0, 1, "mine")
print(e)


def safe_text(data):
    # What a program reading a sensor's bytes does: decode, else say where it broke.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        return "bad byte %r at %d" % (err.object[err.start:err.end], err.start)


print(safe_text(b"temp=21C"), safe_text(b"temp=\xb021C"))

# base64: standard and URL-safe Base64, Base32, Base16, with CPython's errors.
import base64

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), b"\xfb\xff"):
    e64 = base64.b64encode(data)
    u64 = base64.urlsafe_b64encode(data)
    e32 = base64.b32encode(data)
    e16 = base64.b16encode(data)
    print(e64, u64, e32, e16)
    assert base64.b64decode(e64) == data and base64.urlsafe_b64decode(u64) == data
    assert base64.b32decode(e32) == data and base64.b16decode(e16) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.standard_b64encode(bytearray(b"hi")))
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b32decode("mzxw6===", casefold=True))
print(base64.b16decode("ff00", casefold=True), base64.encodebytes(b"x" * 60))
for bad in (lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab!c", validate=True),
            lambda: base64.b32decode("MZXW6"), lambda: base64.b16decode("zz"), lambda: base64.b64encode("text")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

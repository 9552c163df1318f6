# base64: Base64 (standard and URL-safe alphabets), Base32 and Base16, as CPython's module,
# over binascii. Written in Python, compiled with the program only when it imports the module.
import binascii

Error = binascii.Error


def _bytes(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                        % type(s).__name__) from None


def _swap(data, frm, to):
    out = bytearray(data)
    for i in range(len(out)):
        j = frm.find(out[i])
        if j >= 0:
            out[i] = to[j]
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError(repr(altchars))
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes(s)
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError(repr(altchars))
        s = _swap(s, altchars, b"+/")
    if validate:
        for c in s:
            if not (65 <= c <= 90 or 97 <= c <= 122 or 48 <= c <= 57 or c in b"+/="):
                raise Error("Only base64 data is allowed")
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    data = _bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = len(chunk)
        acc = int.from_bytes(chunk + bytes(5 - n), "big")
        digits = [_B32[(acc >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = (n * 8 + 4) // 5
        out += bytes(digits[:keep]) + b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False):
    data = _bytes(s)
    if len(data) % 8:
        raise Error("Incorrect padding")
    if casefold:
        data = data.upper()
    out = bytearray()
    for i in range(0, len(data), 8):
        quanta = data[i:i + 8]
        stripped = quanta.rstrip(b"=")
        pads = len(quanta) - len(stripped)
        if pads not in (0, 1, 3, 4, 6) or (pads and i + 8 != len(data)):
            raise Error("Incorrect padding")
        acc = 0
        for c in stripped:
            j = _B32.find(bytes([c]))
            if j < 0:
                raise Error("Non-base32 digit found")
            acc = (acc << 5) | j
        acc <<= 5 * pads
        chunk = acc.to_bytes(5, "big")
        out += chunk[:{0: 5, 1: 4, 3: 3, 4: 2, 6: 1}[pads]]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _bytes(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise Error("Non-base16 digit found")
    return binascii.unhexlify(data)


def encodebytes(s):
    data = _bytes(s)
    out = bytearray()
    for i in range(0, len(data), 57):
        out += binascii.b2a_base64(data[i:i + 57])
    return bytes(out)


def decodebytes(s):
    return binascii.a2b_base64(s)

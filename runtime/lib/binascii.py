# binascii: bytes to hex and base64 text and back, CRC-32 and CRC-CCITT, as CPython's binascii.


class Error(ValueError):
    pass


_HEX = b"0123456789abcdef"
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# Base64 digit value + 1 by character code (0: not a base64 digit).
_B64_VALUE = bytearray(256)
for _i in range(64):
    _B64_VALUE[_B64[_i]] = _i + 1


def _need_bytes(data):
    # A bytes-like object as something indexed by byte (an array's or a typed memoryview's
    # bytes through a view of format "B").
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        m = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return m.cast("B") if m.format != "B" else m


def _ascii(s):
    # Text arguments of the decoders as bytes (str must be ASCII).
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return s.encode()
    if isinstance(s, (bytes, bytearray)):
        return s
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(s).__name__)
    return m.cast("B") if m.format != "B" else m


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _need_bytes(data)
    n = len(data)
    sepbyte = -1
    group = 0
    if sep is not None:
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        if isinstance(sep, str):
            sepbyte = ord(sep) & 255
        elif isinstance(sep, bytes):
            sepbyte = sep[0]
        else:
            raise TypeError("sep must be str or bytes.")
        group = bytes_per_sep if bytes_per_sep >= 0 else -bytes_per_sep
        if group >= n:
            group = 0
    # With a separator every `group` bytes, from the right (bytes_per_sep > 0) or the left.
    first = 0
    if group > 0:
        first = n % group if bytes_per_sep > 0 else group
        if first == 0:
            first = group
    out = bytearray()
    for i in range(n):
        if group > 0 and i > 0:
            if (bytes_per_sep > 0 and (i - first) % group == 0) or (
                    bytes_per_sep < 0 and i % group == 0):
                out.append(sepbyte)
        b = data[i]
        out.append(_HEX[b >> 4])
        out.append(_HEX[b & 15])
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def unhexlify(hexstr):
    s = _ascii(hexstr)
    n = len(s)
    if n % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, n, 2):
        hi = _hex_value(s[i])
        lo = _hex_value(s[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def b2a_base64(data, *, newline=True):
    data = _need_bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i]
        out.append(_B64[v >> 2])
        out.append(_B64[(v & 3) << 4])
        out.append(61)
        out.append(61)
    elif rest == 2:
        v = (data[i] << 8) | data[i + 1]
        out.append(_B64[v >> 10])
        out.append(_B64[(v >> 4) & 63])
        out.append(_B64[(v & 15) << 2])
        out.append(61)
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data):
    # Characters outside the base64 alphabet are skipped; "=" ends the data once it completes
    # a group of four (counting the digits of the group), and is ignored before that.
    s = _ascii(data)
    out = bytearray()
    pos = 0  # digits in the current group of four
    pads = 0
    acc = 0
    digits = 0
    for c in s:
        if c == 61:
            if pos >= 2:
                pads += 1
                if pos + pads >= 4:
                    return bytes(out)
            continue
        v = _B64_VALUE[c] - 1
        if v < 0:
            continue
        pads = 0
        digits += 1
        acc = (acc << 6) | v
        pos += 1
        if pos == 2:
            out.append(acc >> 4)
            acc &= 15
        elif pos == 3:
            out.append(acc >> 2)
            acc &= 3
        elif pos == 4:
            out.append(acc)
            acc = 0
            pos = 0
    if pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % digits)
    if pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


_crc_hi = None
_crc_lo = None


def _crc_tables():
    # The reflected CRC-32 table (polynomial 0xEDB88320), as 16-bit halves so that every
    # value stays a small int on a 32-bit board.
    global _crc_hi, _crc_lo
    hi_table = []
    lo_table = []
    for i in range(256):
        hi = 0
        lo = i
        for _ in range(8):
            bit = lo & 1
            lo = (lo >> 1) | ((hi & 1) << 15)
            hi >>= 1
            if bit:
                hi ^= 0xEDB8
                lo ^= 0x8320
        hi_table.append(hi)
        lo_table.append(lo)
    _crc_hi = hi_table
    _crc_lo = lo_table


def crc32(data, value=0):
    data = _need_bytes(data)
    if _crc_hi is None:
        _crc_tables()
    hi_table = _crc_hi
    lo_table = _crc_lo
    value = value & 0xFFFFFFFF
    hi = (value >> 16) ^ 0xFFFF
    lo = (value & 0xFFFF) ^ 0xFFFF
    for b in data:
        k = (lo ^ b) & 255
        lo = ((lo >> 8) | ((hi & 255) << 8)) ^ lo_table[k]
        hi = (hi >> 8) ^ hi_table[k]
    return ((hi ^ 0xFFFF) << 16) | (lo ^ 0xFFFF)


_hqx_table = None


def _make_hqx_table():
    # The CRC-CCITT table (polynomial 0x1021, most significant bit first).
    global _hqx_table
    table = []
    for i in range(256):
        crc = i << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
        table.append(crc)
    _hqx_table = table


def crc_hqx(data, value):
    data = _need_bytes(data)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if _hqx_table is None:
        _make_hqx_table()
    table = _hqx_table
    crc = value & 0xFFFF
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc

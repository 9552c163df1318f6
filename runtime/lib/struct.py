# struct: packing Python values into bytes and back by a format string, as CPython's struct.
#
# Byte order: "@" native (little-endian, each item aligned to its size), "=" "<" little-endian,
# ">" "!" big-endian (no alignment, standard sizes). Native sizes are those of a 32-bit ARM:
# l L n N P are 4 bytes. Floats (e f d) are encoded bit by bit from math.ldexp, so this works
# whatever the width of the board's floats.
import math


class error(Exception):
    pass


# Format character -> (size in native mode, size in standard mode; 0: not allowed there).
_SIZES = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (4, 4), "L": (4, 4),
    "q": (8, 8), "Q": (8, 8), "n": (4, 0), "N": (4, 0), "P": (4, 0),
    "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1),
}
_SIGNED = "bhilqn"
# Exponent and fraction bits of the IEEE 754 formats.
_FLOATS = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}
_TWO64 = math.ldexp(1.0, 64)
_TWO16 = 65536.0
_HALF64 = math.ldexp(1.0, -64)
_HALF16 = math.ldexp(1.0, -16)

_cache = {}


def _parse(fmt):
    # A format as (size, number of values, items, little-endian, native, text); an item is
    # (char, count, offset, item size). Pad bytes ("x") make no item.
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode()
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                        + type(fmt).__name__)
    parsed = _cache.get(fmt)
    if parsed is not None:
        return parsed
    n = len(fmt)
    i = 0
    native = True
    little = True
    if n > 0 and fmt[0] in "@=<>!":
        native = fmt[0] == "@"
        little = fmt[0] in "@=<"
        i = 1
    items = []
    size = 0
    nvalues = 0
    while i < n:
        c = fmt[i]
        if c in " \t\n\r\x0b\x0c":
            i += 1
            continue
        count = 1
        if "0" <= c <= "9":
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            count = int(fmt[start:i])
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None:
            raise error("bad char in struct format")
        itemsize = sizes[0] if native else sizes[1]
        if itemsize == 0:
            raise error("bad char in struct format")
        if native and itemsize > 1:
            size = (size + itemsize - 1) // itemsize * itemsize
        if c == "x":
            size += count
        elif c == "s" or c == "p":
            items.append((c, count, size, count))
            size += count
            nvalues += 1
        elif count > 0:
            items.append((c, count, size, itemsize))
            size += count * itemsize
            nvalues += count
    parsed = (size, nvalues, items, little, native, fmt)
    if len(_cache) >= 32:
        _cache.clear()
    _cache[fmt] = parsed
    return parsed


def _frexp(x):
    # (m, e) with x == m * 2**e and 0.5 <= m < 1, for a finite x > 0; scaling by powers of
    # two is exact.
    e = 0
    while x >= 1.0:
        if x >= _TWO64:
            x = math.ldexp(x, -64)
            e += 64
        elif x >= _TWO16:
            x = math.ldexp(x, -16)
            e += 16
        else:
            x = x * 0.5
            e += 1
    while x < 0.5:
        if x < _HALF64:
            x = math.ldexp(x, 64)
            e -= 64
        elif x < _HALF16:
            x = math.ldexp(x, 16)
            e -= 16
        else:
            x = x * 2.0
            e -= 1
    return x, e


def _round_even(q):
    # q (>= 0) rounded to the nearest integer, ties to even.
    n = int(q)
    r = q - n
    if r > 0.5 or (r == 0.5 and n & 1):
        n += 1
    return n


def _float_bits(x, c, native):
    # The IEEE 754 bits of float x in format c ("e", "f" or "d"), rounded to nearest-even.
    ebits, mbits = _FLOATS[c]
    emax = (1 << ebits) - 1
    bias = emax >> 1
    sign = 0
    if math.copysign(1.0, x) < 0.0:
        sign = 1 << (ebits + mbits)
    if x != x:
        return sign | (emax << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == 0.0:
        return sign
    if math.isinf(x):
        return sign | (emax << mbits)
    m, e = _frexp(x)
    e += bias - 1
    if e >= 1:
        # Normal: m * 2**(mbits + 1) is the fraction with its hidden bit.
        n = _round_even(math.ldexp(m, mbits + 1))
        if n == 1 << (mbits + 1):
            n >>= 1
            e += 1
        if e >= emax:
            if native and c == "f":
                return sign | (emax << mbits)
            raise OverflowError("float too large to pack with %s format" % c)
        return sign | (e << mbits) | (n - (1 << mbits))
    # Subnormal (or zero after rounding); rounding up to 1 << mbits gives the least normal.
    return sign | _round_even(math.ldexp(x, mbits + bias - 1))


def _float_value(bits, c):
    ebits, mbits = _FLOATS[c]
    emax = (1 << ebits) - 1
    bias = emax >> 1
    frac = bits & ((1 << mbits) - 1)
    e = (bits >> mbits) & emax
    if e == emax:
        v = math.inf if frac == 0 else math.nan
    elif e == 0:
        v = math.ldexp(float(frac), 1 - bias - mbits)
    else:
        v = math.ldexp(float(frac | (1 << mbits)), e - bias - mbits)
    if bits >> (ebits + mbits):
        v = -v
    return v


def _range_error(c, v, native, little):
    # CPython's message for int v out of range of format c (they differ by byte order).
    big = not native and not little
    if c == "q" or c == "Q":
        return error("int too large to convert" if big else "argument out of range")
    if native and c in "lLnNP":
        return error("argument out of range")
    if c == "I" or c == "L" or (c == "H" and big):
        if v < 0 or v >= 1 << 64:
            return error("argument out of range")
        top = "65535" if c == "H" else "4294967295"
        return error("'%s' format requires 0 <= number <= %s" % (c, top))
    if v < -(1 << 63) or v >= 1 << 63:
        return error("argument out of range")
    if c == "b":
        return error("byte format requires -128 <= number <= 127")
    if c == "B":
        return error("ubyte format requires 0 <= number <= 255")
    if c == "H":
        return error("ushort format requires 0 <= number <= 65535")
    if c == "h":
        if big:
            return error("'h' format requires -32768 <= number <= 32767")
        return error("short format requires -32768 <= number <= 32767")
    return error("'%s' format requires -2147483648 <= number <= 2147483647" % c)


def _pack_at(parsed, buf, off, values, name):
    # Writes values into buf at off, over zeros (the caller has checked the room).
    size, nvalues, items, little, native, text = parsed
    if len(values) != nvalues:
        raise error("%s expected %d items for packing (got %d)" % (name, nvalues, len(values)))
    k = 0
    for item in items:
        c, count, pos, itemsize = item
        pos += off
        if c == "s" or c == "p":
            v = values[k]
            k += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % c)
            start = 0
            m = len(v)
            if c == "p":
                if count == 0:
                    continue
                if m > count - 1:
                    m = count - 1
                buf[pos] = m if m < 255 else 255
                start = 1
            elif m > count:
                m = count
            for j in range(m):
                buf[pos + start + j] = v[j]
            continue
        for _ in range(count):
            v = values[k]
            k += 1
            if c == "?":
                buf[pos] = 1 if v else 0
                pos += 1
                continue
            if c == "c":
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[pos] = v[0]
                pos += 1
                continue
            if c == "e" or c == "f" or c == "d":
                if isinstance(v, int):
                    try:
                        v = float(v)
                    except OverflowError:
                        raise error("required argument is not a float")
                elif not isinstance(v, float):
                    raise error("required argument is not a float")
                n = _float_bits(v, c, native)
            else:
                if not isinstance(v, int):
                    # (An object of a class by its __index__, as CPython's.)
                    index = getattr(type(v), "__index__", None)
                    if index is None:
                        raise error("required argument is not an integer")
                    v = index(v)
                bits = itemsize * 8
                if c in _SIGNED:
                    if v < -(1 << (bits - 1)) or v >= 1 << (bits - 1):
                        raise _range_error(c, v, native, little)
                    n = v + (1 << bits) if v < 0 else v
                else:
                    if v < 0 or v >= 1 << bits:
                        raise _range_error(c, v, native, little)
                    n = v
            if little:
                for j in range(itemsize):
                    buf[pos + j] = n & 255
                    n >>= 8
            else:
                j = itemsize - 1
                while j >= 0:
                    buf[pos + j] = n & 255
                    n >>= 8
                    j -= 1
            pos += itemsize


def _bytes_of(buf, start, end):
    if isinstance(buf, memoryview):
        return buf[start:end].tobytes()
    return bytes(buf[start:end])


def _unpack_at(parsed, buf, off):
    size, nvalues, items, little, native, text = parsed
    out = []
    for item in items:
        c, count, pos, itemsize = item
        pos += off
        if c == "s":
            out.append(_bytes_of(buf, pos, pos + count))
            continue
        if c == "p":
            if count == 0:
                out.append(b"")
                continue
            m = buf[pos]
            if m > count - 1:
                m = count - 1
            out.append(_bytes_of(buf, pos + 1, pos + 1 + m))
            continue
        for _ in range(count):
            if c == "c":
                out.append(bytes([buf[pos]]))
            elif c == "?":
                out.append(buf[pos] != 0)
            else:
                n = 0
                if little:
                    j = itemsize - 1
                    while j >= 0:
                        n = (n << 8) | buf[pos + j]
                        j -= 1
                else:
                    for j in range(itemsize):
                        n = (n << 8) | buf[pos + j]
                if c == "e" or c == "f" or c == "d":
                    out.append(_float_value(n, c))
                else:
                    if c in _SIGNED and n >> (itemsize * 8 - 1):
                        n -= 1 << (itemsize * 8)
                    out.append(n)
            pos += itemsize
    return tuple(out)


def _check_buffer(buf):
    # A bytes-like object as something indexed by byte (an array's or a typed memoryview's
    # bytes through a view of format "B").
    if isinstance(buf, (bytes, bytearray)):
        return buf
    try:
        m = memoryview(buf)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)
    if m.format != "B":
        m = m.cast("B")
    return m


def calcsize(fmt):
    return _parse(fmt)[0]


def pack(fmt, *values):
    parsed = _parse(fmt)
    buf = bytearray(parsed[0])
    _pack_at(parsed, buf, 0, values, "pack")
    return bytes(buf)


def pack_into(fmt, buffer, offset, *values):
    parsed = _parse(fmt)
    if len(values) != parsed[1]:
        raise error("pack_into expected %d items for packing (got %d)" % (parsed[1], len(values)))
    if not isinstance(buffer, bytearray):
        try:
            m = memoryview(buffer)
        except TypeError:
            m = None
        if m is None or m.readonly:
            raise TypeError("argument must be read-write bytes-like object, not "
                            + type(buffer).__name__)
        buffer = m.cast("B") if m.format != "B" else m
    size = parsed[0]
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        if size > -offset:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        offset += n
    elif n - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
    for j in range(offset, offset + size):
        buffer[j] = 0
    _pack_at(parsed, buffer, offset, values, "pack_into")


def unpack(fmt, buffer):
    parsed = _parse(fmt)
    buffer = _check_buffer(buffer)
    if len(buffer) != parsed[0]:
        raise error("unpack requires a buffer of %d bytes" % parsed[0])
    return _unpack_at(parsed, buffer, 0)


def unpack_from(fmt, buffer, offset=0):
    parsed = _parse(fmt)
    buffer = _check_buffer(buffer)
    size = parsed[0]
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        if size > -offset:
            raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
        offset += n
    elif n - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
    return _unpack_at(parsed, buffer, offset)


def _iter_items(parsed, buffer):
    size = parsed[0]
    off = 0
    n = len(buffer)
    while off < n:
        yield _unpack_at(parsed, buffer, off)
        off += size


def iter_unpack(fmt, buffer):
    parsed = _parse(fmt)
    buffer = _check_buffer(buffer)
    size = parsed[0]
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size != 0:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return _iter_items(parsed, buffer)


class Struct:
    # A compiled format: format, size, and the module's functions without the format.
    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = self._parsed[5]
        self.size = self._parsed[0]

    def pack(self, *values):
        buf = bytearray(self.size)
        _pack_at(self._parsed, buf, 0, values, "pack")
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

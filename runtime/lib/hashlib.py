# hashlib: the SHA-256, SHA-224, SHA-1 and MD5 message digests in pure Python, as CPython's hashlib.
#
# Every 32-bit word is kept as two 16-bit halves (high, low), so that all the arithmetic stays
# on small ints on the boards (whose small ints have 31 bits): an addition mod 2**32 adds the
# halves separately and carries the low sum's bits above 16 into the high half; rotations take
# their bits from both halves. The state of a hash is a list of those halves, high first.
# update() hashes whole 64-byte blocks straight from its argument and keeps the rest of a
# block in a buffer for the next call.


# Constants of the algorithms (FIPS 180-4 and RFC 1321), each 32-bit word as two halves.
_K256 = (
    0x428a, 0x2f98, 0x7137, 0x4491, 0xb5c0, 0xfbcf, 0xe9b5, 0xdba5,
    0x3956, 0xc25b, 0x59f1, 0x11f1, 0x923f, 0x82a4, 0xab1c, 0x5ed5,
    0xd807, 0xaa98, 0x1283, 0x5b01, 0x2431, 0x85be, 0x550c, 0x7dc3,
    0x72be, 0x5d74, 0x80de, 0xb1fe, 0x9bdc, 0x06a7, 0xc19b, 0xf174,
    0xe49b, 0x69c1, 0xefbe, 0x4786, 0x0fc1, 0x9dc6, 0x240c, 0xa1cc,
    0x2de9, 0x2c6f, 0x4a74, 0x84aa, 0x5cb0, 0xa9dc, 0x76f9, 0x88da,
    0x983e, 0x5152, 0xa831, 0xc66d, 0xb003, 0x27c8, 0xbf59, 0x7fc7,
    0xc6e0, 0x0bf3, 0xd5a7, 0x9147, 0x06ca, 0x6351, 0x1429, 0x2967,
    0x27b7, 0x0a85, 0x2e1b, 0x2138, 0x4d2c, 0x6dfc, 0x5338, 0x0d13,
    0x650a, 0x7354, 0x766a, 0x0abb, 0x81c2, 0xc92e, 0x9272, 0x2c85,
    0xa2bf, 0xe8a1, 0xa81a, 0x664b, 0xc24b, 0x8b70, 0xc76c, 0x51a3,
    0xd192, 0xe819, 0xd699, 0x0624, 0xf40e, 0x3585, 0x106a, 0xa070,
    0x19a4, 0xc116, 0x1e37, 0x6c08, 0x2748, 0x774c, 0x34b0, 0xbcb5,
    0x391c, 0x0cb3, 0x4ed8, 0xaa4a, 0x5b9c, 0xca4f, 0x682e, 0x6ff3,
    0x748f, 0x82ee, 0x78a5, 0x636f, 0x84c8, 0x7814, 0x8cc7, 0x0208,
    0x90be, 0xfffa, 0xa450, 0x6ceb, 0xbef9, 0xa3f7, 0xc671, 0x78f2,
)
_IV256 = (
    0x6a09, 0xe667, 0xbb67, 0xae85, 0x3c6e, 0xf372, 0xa54f, 0xf53a,
    0x510e, 0x527f, 0x9b05, 0x688c, 0x1f83, 0xd9ab, 0x5be0, 0xcd19,
)
_IV224 = (
    0xc105, 0x9ed8, 0x367c, 0xd507, 0x3070, 0xdd17, 0xf70e, 0x5939,
    0xffc0, 0x0b31, 0x6858, 0x1511, 0x64f9, 0x8fa7, 0xbefa, 0x4fa4,
)
_KMD5 = (
    0xd76a, 0xa478, 0xe8c7, 0xb756, 0x2420, 0x70db, 0xc1bd, 0xceee,
    0xf57c, 0x0faf, 0x4787, 0xc62a, 0xa830, 0x4613, 0xfd46, 0x9501,
    0x6980, 0x98d8, 0x8b44, 0xf7af, 0xffff, 0x5bb1, 0x895c, 0xd7be,
    0x6b90, 0x1122, 0xfd98, 0x7193, 0xa679, 0x438e, 0x49b4, 0x0821,
    0xf61e, 0x2562, 0xc040, 0xb340, 0x265e, 0x5a51, 0xe9b6, 0xc7aa,
    0xd62f, 0x105d, 0x0244, 0x1453, 0xd8a1, 0xe681, 0xe7d3, 0xfbc8,
    0x21e1, 0xcde6, 0xc337, 0x07d6, 0xf4d5, 0x0d87, 0x455a, 0x14ed,
    0xa9e3, 0xe905, 0xfcef, 0xa3f8, 0x676f, 0x02d9, 0x8d2a, 0x4c8a,
    0xfffa, 0x3942, 0x8771, 0xf681, 0x6d9d, 0x6122, 0xfde5, 0x380c,
    0xa4be, 0xea44, 0x4bde, 0xcfa9, 0xf6bb, 0x4b60, 0xbebf, 0xbc70,
    0x289b, 0x7ec6, 0xeaa1, 0x27fa, 0xd4ef, 0x3085, 0x0488, 0x1d05,
    0xd9d4, 0xd039, 0xe6db, 0x99e5, 0x1fa2, 0x7cf8, 0xc4ac, 0x5665,
    0xf429, 0x2244, 0x432a, 0xff97, 0xab94, 0x23a7, 0xfc93, 0xa039,
    0x655b, 0x59c3, 0x8f0c, 0xcc92, 0xffef, 0xf47d, 0x8584, 0x5dd1,
    0x6fa8, 0x7e4f, 0xfe2c, 0xe6e0, 0xa301, 0x4314, 0x4e08, 0x11a1,
    0xf753, 0x7e82, 0xbd3a, 0xf235, 0x2ad7, 0xd2bb, 0xeb86, 0xd391,
)
_IV1 = (
    0x6745, 0x2301, 0xefcd, 0xab89, 0x98ba, 0xdcfe, 0x1032, 0x5476,
    0xc3d2, 0xe1f0,
)
_IVMD5 = (
    0x6745, 0x2301, 0xefcd, 0xab89, 0x98ba, 0xdcfe, 0x1032, 0x5476,
)
# Left rotations of the 64 MD5 steps.
_SMD5 = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4


def _sha256_compress(st, data, off):
    # One 64-byte block of SHA-256 (and SHA-224) from data[off:off + 64] into the state st.
    wh = [0] * 64
    wl = [0] * 64
    j = off
    for t in range(16):
        wh[t] = (data[j] << 8) | data[j + 1]
        wl[t] = (data[j + 2] << 8) | data[j + 3]
        j += 4
    for t in range(16, 64):
        # sigma0(w[t-15]) = rotr 7 ^ rotr 18 ^ shr 3
        xh = wh[t - 15]
        xl = wl[t - 15]
        s0h = ((xh >> 7) | ((xl & 0x7F) << 9)) ^ ((xl >> 2) | ((xh & 3) << 14)) ^ (xh >> 3)
        s0l = (((xl >> 7) | ((xh & 0x7F) << 9)) ^ ((xh >> 2) | ((xl & 3) << 14))
               ^ ((xl >> 3) | ((xh & 7) << 13)))
        # sigma1(w[t-2]) = rotr 17 ^ rotr 19 ^ shr 10
        xh = wh[t - 2]
        xl = wl[t - 2]
        s1h = ((xl >> 1) | ((xh & 1) << 15)) ^ ((xl >> 3) | ((xh & 7) << 13)) ^ (xh >> 10)
        s1l = (((xh >> 1) | ((xl & 1) << 15)) ^ ((xh >> 3) | ((xl & 7) << 13))
               ^ ((xl >> 10) | ((xh & 0x3FF) << 6)))
        lo = s0l + s1l + wl[t - 7] + wl[t - 16]
        wl[t] = lo & 0xFFFF
        wh[t] = (s0h + s1h + wh[t - 7] + wh[t - 16] + (lo >> 16)) & 0xFFFF

    ah = st[0]
    al = st[1]
    bh = st[2]
    bl = st[3]
    ch = st[4]
    cl = st[5]
    dh = st[6]
    dl = st[7]
    eh = st[8]
    el = st[9]
    fh = st[10]
    fl = st[11]
    gh = st[12]
    gl = st[13]
    hh = st[14]
    hl = st[15]
    k = _K256
    for t in range(64):
        # t1 = h + Sigma1(e) + Ch(e, f, g) + k[t] + w[t], Sigma1 = rotr 6 ^ rotr 11 ^ rotr 25,
        # Ch = g ^ (e & (f ^ g)); the halves are summed without carrying yet.
        t1h = (hh + (((eh >> 6) | ((el & 0x3F) << 10)) ^ ((eh >> 11) | ((el & 0x7FF) << 5))
                     ^ ((el >> 9) | ((eh & 0x1FF) << 7)))
               + (gh ^ (eh & (fh ^ gh))) + k[2 * t] + wh[t])
        t1l = (hl + (((el >> 6) | ((eh & 0x3F) << 10)) ^ ((el >> 11) | ((eh & 0x7FF) << 5))
                     ^ ((eh >> 9) | ((el & 0x1FF) << 7)))
               + (gl ^ (el & (fl ^ gl))) + k[2 * t + 1] + wl[t])
        # t2 = Sigma0(a) + Maj(a, b, c), Sigma0 = rotr 2 ^ rotr 13 ^ rotr 22,
        # Maj = (a & b) | (c & (a | b)).
        t2h = ((((ah >> 2) | ((al & 3) << 14)) ^ ((ah >> 13) | ((al & 0x1FFF) << 3))
                ^ ((al >> 6) | ((ah & 0x3F) << 10)))
               + ((ah & bh) | (ch & (ah | bh))))
        t2l = ((((al >> 2) | ((ah & 3) << 14)) ^ ((al >> 13) | ((ah & 0x1FFF) << 3))
                ^ ((ah >> 6) | ((al & 0x3F) << 10)))
               + ((al & bl) | (cl & (al | bl))))
        hh = gh
        hl = gl
        gh = fh
        gl = fl
        fh = eh
        fl = el
        lo = dl + t1l
        el = lo & 0xFFFF
        eh = (dh + t1h + (lo >> 16)) & 0xFFFF
        dh = ch
        dl = cl
        ch = bh
        cl = bl
        bh = ah
        bl = al
        lo = t1l + t2l
        al = lo & 0xFFFF
        ah = (t1h + t2h + (lo >> 16)) & 0xFFFF
    _add_words(st, [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl])


def _sha1_compress(st, data, off):
    # One 64-byte block of SHA-1 from data[off:off + 64] into the state st.
    wh = [0] * 80
    wl = [0] * 80
    j = off
    for t in range(16):
        wh[t] = (data[j] << 8) | data[j + 1]
        wl[t] = (data[j + 2] << 8) | data[j + 3]
        j += 4
    for t in range(16, 80):
        xh = wh[t - 3] ^ wh[t - 8] ^ wh[t - 14] ^ wh[t - 16]
        xl = wl[t - 3] ^ wl[t - 8] ^ wl[t - 14] ^ wl[t - 16]
        wh[t] = ((xh & 0x7FFF) << 1) | (xl >> 15)
        wl[t] = ((xl & 0x7FFF) << 1) | (xh >> 15)

    ah = st[0]
    al = st[1]
    bh = st[2]
    bl = st[3]
    ch = st[4]
    cl = st[5]
    dh = st[6]
    dl = st[7]
    eh = st[8]
    el = st[9]
    for t in range(80):
        if t < 20:
            fh = dh ^ (bh & (ch ^ dh))
            fl = dl ^ (bl & (cl ^ dl))
            kh = 0x5A82
            kl = 0x7999
        elif t < 40:
            fh = bh ^ ch ^ dh
            fl = bl ^ cl ^ dl
            kh = 0x6ED9
            kl = 0xEBA1
        elif t < 60:
            fh = (bh & ch) | (dh & (bh | ch))
            fl = (bl & cl) | (dl & (bl | cl))
            kh = 0x8F1B
            kl = 0xBCDC
        else:
            fh = bh ^ ch ^ dh
            fl = bl ^ cl ^ dl
            kh = 0xCA62
            kl = 0xC1D6
        # temp = rotl 5 (a) + f + e + k + w[t]
        lo = (((al & 0x7FF) << 5) | (ah >> 11)) + fl + el + kl + wl[t]
        hi = (((ah & 0x7FF) << 5) | (al >> 11)) + fh + eh + kh + wh[t] + (lo >> 16)
        eh = dh
        el = dl
        dh = ch
        dl = cl
        # c = rotl 30 (b)
        ch = (bh >> 2) | ((bl & 3) << 14)
        cl = (bl >> 2) | ((bh & 3) << 14)
        bh = ah
        bl = al
        ah = hi & 0xFFFF
        al = lo & 0xFFFF
    _add_words(st, [ah, al, bh, bl, ch, cl, dh, dl, eh, el])


def _md5_compress(st, data, off):
    # One 64-byte block of MD5 from data[off:off + 64] into the state st (words little-endian).
    mh = [0] * 16
    ml = [0] * 16
    j = off
    for t in range(16):
        ml[t] = data[j] | (data[j + 1] << 8)
        mh[t] = data[j + 2] | (data[j + 3] << 8)
        j += 4

    ah = st[0]
    al = st[1]
    bh = st[2]
    bl = st[3]
    ch = st[4]
    cl = st[5]
    dh = st[6]
    dl = st[7]
    k = _KMD5
    shifts = _SMD5
    for i in range(64):
        if i < 16:
            fh = dh ^ (bh & (ch ^ dh))
            fl = dl ^ (bl & (cl ^ dl))
            g = i
        elif i < 32:
            fh = ch ^ (dh & (bh ^ ch))
            fl = cl ^ (dl & (bl ^ cl))
            g = (5 * i + 1) & 15
        elif i < 48:
            fh = bh ^ ch ^ dh
            fl = bl ^ cl ^ dl
            g = (3 * i + 5) & 15
        else:
            fh = ch ^ (bh | (dh ^ 0xFFFF))
            fl = cl ^ (bl | (dl ^ 0xFFFF))
            g = (7 * i) & 15
        # x = a + f + k[i] + m[g], then rotated left by s
        lo = al + fl + k[2 * i + 1] + ml[g]
        hi = (ah + fh + k[2 * i] + mh[g] + (lo >> 16)) & 0xFFFF
        lo = lo & 0xFFFF
        s = shifts[i]
        if s >= 16:
            x = hi
            hi = lo
            lo = x
            s -= 16
        r = 16 - s
        mask = (1 << r) - 1
        x = ((hi & mask) << s) | (lo >> r)
        lo = ((lo & mask) << s) | (hi >> r)
        # a, b, c, d = d, b + x, b, c
        ah = dh
        al = dl
        dh = ch
        dl = cl
        ch = bh
        cl = bl
        lo = bl + lo
        bh = (bh + x + (lo >> 16)) & 0xFFFF
        bl = lo & 0xFFFF
    _add_words(st, [ah, al, bh, bl, ch, cl, dh, dl])


def _add_words(st, words):
    # st[i] += words[i] for each word, as (high, low) halves mod 2**32.
    for i in range(0, len(st), 2):
        lo = st[i + 1] + words[i + 1]
        st[i + 1] = lo & 0xFFFF
        st[i] = (st[i] + words[i] + (lo >> 16)) & 0xFFFF


def _check_data(data):
    # The bytes-like argument of update() as something indexable by byte.
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        m = memoryview(data)
    except TypeError:
        raise TypeError("object supporting the buffer API required")
    # (An array's or a typed memoryview's bytes, indexed by byte.)
    return m.cast("B") if m.format != "B" else m


class _Hash:
    # What the algorithms share; a subclass sets name, digest_size, _iv, _compress,
    # _big_endian and _words (the number of state words in the digest).
    block_size = 64

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._state = list(self._iv)
        self._buf = bytearray()
        self._count = 0
        if string is not None:
            data = string
        self.update(data)

    def update(self, data):
        data = _check_data(data)
        n = len(data)
        if n == 0:
            return
        self._count += n
        st = self._state
        pos = 0
        buf = self._buf
        if len(buf) > 0:
            while pos < n and len(buf) < 64:
                buf.append(data[pos])
                pos += 1
            if len(buf) < 64:
                return
            self._compress(st, buf, 0)
            buf = bytearray()
        while n - pos >= 64:
            self._compress(st, data, pos)
            pos += 64
        while pos < n:
            buf.append(data[pos])
            pos += 1
        self._buf = buf

    def _final(self):
        # The state after the padding and the message length, leaving self as it is.
        st = list(self._state)
        tail = bytearray(self._buf)
        tail.append(0x80)
        while len(tail) % 64 != 56:
            tail.append(0)
        bits = self._count * 8
        for i in range(8):
            shift = 56 - 8 * i if self._big_endian else 8 * i
            tail.append((bits >> shift) & 0xFF)
        for off in range(0, len(tail), 64):
            self._compress(st, tail, off)
        return st

    def digest(self):
        st = self._final()
        out = bytearray()
        for i in range(0, 2 * self._words, 2):
            hi = st[i]
            lo = st[i + 1]
            if self._big_endian:
                out.append(hi >> 8)
                out.append(hi & 0xFF)
                out.append(lo >> 8)
                out.append(lo & 0xFF)
            else:
                out.append(lo & 0xFF)
                out.append(lo >> 8)
                out.append(hi & 0xFF)
                out.append(hi >> 8)
        return bytes(out)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = type(self)()
        other._state = list(self._state)
        other._buf = bytearray(self._buf)
        other._count = self._count
        return other

    def __repr__(self):
        return "<%s HASH object>" % self.name


class sha256(_Hash):
    name = "sha256"
    digest_size = 32
    _iv = _IV256
    _big_endian = True
    _words = 8

    def _compress(self, st, data, off):
        _sha256_compress(st, data, off)


class sha224(sha256):
    name = "sha224"
    digest_size = 28
    _iv = _IV224
    _words = 7


class sha1(_Hash):
    name = "sha1"
    digest_size = 20
    _iv = _IV1
    _big_endian = True
    _words = 5

    def _compress(self, st, data, off):
        _sha1_compress(st, data, off)


class md5(_Hash):
    name = "md5"
    digest_size = 16
    _iv = _IVMD5
    _big_endian = False
    _words = 4

    def _compress(self, st, data, off):
        _md5_compress(st, data, off)


# (Each name split in two: a word of a string keeps the class of that name in the firmware,
# and a program that hashes with sha256 alone should not carry md5 and sha1.)
algorithms_guaranteed = {"sha" "256", "sha" "224", "sha" "1", "md" "5"}
algorithms_available = set(algorithms_guaranteed)


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    ctor = {"sha256": sha256, "sha224": sha224, "sha1": sha1, "md5": md5}.get(name.lower())
    if ctor is None:
        raise ValueError("unsupported hash type " + name)
    return ctor(data, **kwargs)

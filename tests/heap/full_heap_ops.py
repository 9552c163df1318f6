# Operations on a heap filled but for a few hundred bytes: each gives what it gives on an
# empty heap, or MemoryError, never a failure inside the Rust allocator (which cannot become
# one: a runtime panic, status 101). tests/programs.rs runs this in the pyboard's heap too.
import gc
import io
import math
import random
from array import array

OPS = [
    lambda: s.upper(), lambda: s.lower(), lambda: s.swapcase(), lambda: s.title(),
    lambda: s.capitalize(), lambda: s.casefold(), lambda: s.replace("a", "bb"),
    lambda: s.replace("", "-"), lambda: s.split(), lambda: s.split("a"), lambda: s.rsplit("a", 3),
    lambda: s.splitlines(), lambda: s.center(3 * n), lambda: s.zfill(3 * n),
    lambda: s.expandtabs(4), lambda: s.encode(), lambda: s.translate({97: "xyz"}),
    lambda: s[::-1], lambda: s[::3], lambda: s * 3, lambda: s + s, lambda: "-".join([s, s, s]),
    lambda: "%s%s%s" % (s, s, s), lambda: "%-9000s|" % s, lambda: "{}{}{}".format(s, s, s),
    lambda: "{:>9000}".format(s), lambda: f"{s}{s}{s}", lambda: f"{s!r}", lambda: repr(s),
    lambda: ascii(s), lambda: str(L), lambda: str(D), lambda: str(T), lambda: list(s),
    lambda: sorted(L), lambda: L * 3, lambda: L[::-1], lambda: b.upper(),
    lambda: b.replace(b"a", b"bb"), lambda: b.split(), lambda: b * 3, lambda: b + b,
    lambda: b.hex(), lambda: bytes.fromhex(b.hex()), lambda: bytearray(b) * 3, lambda: b.decode(),
    lambda: b"-".join([b, b, b]), lambda: bytes(L2), lambda: b.center(3 * n),
    lambda: memoryview(b).tobytes(), lambda: str(b), lambda: repr(bytearray(b)), lambda: hex(I),
    lambda: bin(I), lambda: oct(I), lambda: str(I), lambda: I * I, lambda: I & 0xffff,
    lambda: "%x" % I, lambda: format(I, ","), lambda: int(str(I)), lambda: " ".join(map(str, L)),
    lambda: list(zip(s, s)), lambda: {x: x for x in L}, lambda: set(L) | S,
    # Buffers the runtime makes in Rust, sized by the program's data.
    lambda: b[1:], lambda: b[::2], lambda: setslice(bytearray(b)), lambda: delslice(bytearray(b)),
    lambda: delitem(bytearray(b)), lambda: bytearray(b).extend(L2), lambda: b"%s" % (b,),
    lambda: (b + b"%d") % 5, lambda: (s + "{}").format(1), lambda: (s + "{x}").format_map({"x": 1}),
    lambda: "{:.2500}".format(s), lambda: "%.2500f" % 1.5, lambda: "%.2500d" % 5,
    lambda: format(5, "02500,"), lambda: S - S2, lambda: S & S2, lambda: S.isdisjoint(S2),
    lambda: S == S2, lambda: S <= S2, lambda: hash(frozenset(S)), lambda: D == D2, lambda: dict(D),
    lambda: {**D}, lambda: repr(D.keys()), lambda: (1, 1) in D.items(), lambda: kwargs(**DS),
    lambda: int("z" * n), lambda: int("f" * n, 16), lambda: float("x" * n), lambda: float("1" * n),
    lambda: str(I2), lambda: format(I, "x"), lambda: I.to_bytes(n, "big"),
    lambda: (5).to_bytes(8 * n, "big"), lambda: int.from_bytes(b + b, "big"),
    lambda: random.getrandbits(16 * n) > 0, lambda: io.StringIO().write(s),
    lambda: io.BytesIO(b).readinto(bytearray(n)), lambda: array("B", L2), lambda: A[1:],
    lambda: A + A, lambda: delslice(array("B", L2)), lambda: repr(ValueError(s, 1)),
    lambda: L.index(s), lambda: math.fsum([0.5] * (n // 4)), lambda: s.strip(s[:n // 3]),
    lambda: len(random.choices(L, weights=L, k=3)), lambda: len(set(random.sample(range(10 ** 9), n))),
    lambda: midwrite(io.StringIO(s)), lambda: midwrite(io.BytesIO(b)), lambda: set(S) | S2,
    lambda: frozenset(L) ^ S, lambda: math.factorial(n), lambda: math.comb(4 * n, 2 * n),
    lambda: math.perm(n, n // 2), lambda: math.gcd(I, I2 - 1), lambda: math.isqrt(I),
    lambda: math.lcm(I, I2 + 1), lambda: I / (I >> 77), lambda: (I >> 77) / I, lambda: repr(A),
    lambda: str(A),
]


def midwrite(f):
    f.seek(5)
    f.write(f.read(3))
    return f.getvalue()


def setslice(x):
    x[0:4] = b"abcd"
    return x


def delslice(x):
    del x[:10]
    return x


def delitem(x):
    del x[0]
    return x


def kwargs(**k):
    return len(k)


def summary(op):
    try:
        r = op()
    except MemoryError:
        # (Where the heap cannot hold it even before it is filled: the pyboard's.)
        return None
    except ValueError:
        return "ValueError"
    if r is None or isinstance(r, bool):
        return repr(r)
    if isinstance(r, (int, float)):
        return r
    return (type(r).__name__, len(r))


for n, left in ((3000, 2),):
    s = ("ab\tcé " * (n // 6 + 1))[:n]
    b = s.encode()[:n]
    L = list(range(n // 8))
    L2 = [x & 255 for x in L]
    D = {i: i for i in range(n // 32)}
    T = tuple(L)
    S = set(range(n // 32))
    S2 = set(range(1, n // 32 + 1))
    D2 = {i: i for i in range(1, n // 32 + 1)}
    DS = {str(i): i for i in range(n // 32)}
    I = (1 << (n * 2)) - 12345
    I2 = 1 << (n * 8)
    A = array("B", L2)
    want = [summary(op) for op in OPS]
    hold = []
    try:
        while True:
            hold.append(bytes(512))
    except MemoryError:
        pass
    del hold[len(hold) - left:]
    bad = []
    for i, op in enumerate(OPS):
        got = summary(op)
        if got is not None and want[i] is not None and got != want[i]:
            bad.append(i)
    hold = None
    gc.collect()
    print(n, left, "different:", bad)

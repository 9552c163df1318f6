# Operations on a heap filled but for a few hundred bytes: each gives what it gives on an
# empty heap, or MemoryError, never a failure inside the Rust allocator (which cannot become
# one: a runtime panic, status 101). tests/programs.rs runs this in the pyboard's heap too.
import gc

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
]


def summary(op):
    try:
        r = op()
    except MemoryError:
        # (Where the heap cannot hold it even before it is filled: the pyboard's.)
        return None
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
    I = (1 << (n * 2)) - 12345
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

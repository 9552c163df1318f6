# Unicode case mappings of long text on a heap filled but for a little: their characters and
# the text they write are taken fallibly (a mapping may make text three times as long, `ΐ`
# upper is `Ϊ́`, and its buffer grew inside the Rust allocator). The same text or MemoryError,
# on the host and in QEMU's 100 KB heap.
# not under --gc-stress (the heap filled again and again: each allocation a collection of it all).
import sys

MPYC = sys.implementation.name == "mpyc"


def fill(left):
    # mpyc's heap filled but for about `left` runs of 512 bytes (not CPython's: its memory
    # is the machine's).
    hold = []
    size = 1 << 16
    while MPYC and size >= 512:
        try:
            while True:
                hold.append(bytes(size))
        except MemoryError:
            size //= 2
    del hold[len(hold) - left:]
    return hold


def check(name, op):
    # What `op` gives on an empty heap, then on fuller and fuller ones: the same or a
    # MemoryError (never a failure inside the Rust allocator, which could not become one).
    want = op()
    bad = []
    for left in range(160, -1, -5):
        hold = fill(left)
        try:
            got = op()
        except MemoryError:
            got = want
        # (Emptied, not only dropped: a word left on the stack may still point at the list.)
        hold.clear()
        if got != want:
            bad.append(left)
    print(name, want, bad)


U = "ΐa" * 3000
T = "ŉa ǆ ß ﬁ σς " * 500
check("upper", lambda: len(("ΐ" * 4000).upper()))
check("swapcase", lambda: len(U.swapcase()))
check("title", lambda: len(T.title()))
check("capitalize", lambda: len(U.capitalize()))
check("casefold", lambda: len(("ǆ ß ﬁ σς " * 500).casefold()))
check("lower", lambda: len(("İ" * 4000).lower()))

for s in ("ΐa", "ŉa ǆ ß ﬁ", "ΣΑΣ ΟΔΟΣ.", "ᾳ ᾷ ǅ"):
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())

# The helpers of the full_heap_* programs (a module of theirs, and a program printing nothing
# on its own): an operation checked on fuller and fuller heaps.
import sys

# The heap is filled on a board only: CPython's memory is the machine's, and on the host mpyc's
# Rust buffers come from the system allocator, not from the collected heap (filling its 64 MiB
# again and again would be minutes of collections, testing nothing more).
FILL = sys.implementation.name == "mpyc" and sys.platform != "linux"


def fill(left):
    # The heap filled but for about `left` runs of 512 bytes.
    hold = []
    size = 1 << 16
    while FILL and size >= 512:
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

# Unicode case mappings of long text on a heap filled but for a little: their characters and
# the text they write are taken fallibly (a mapping may make text three times as long, `ΐ`
# upper is `Ϊ́`, and its buffer grew inside the Rust allocator). The same text or MemoryError,
# on the host and in QEMU's 100 KB heap.
# not under --gc-stress (the heap filled again and again: each allocation a collection of it all).
from full_heap import check


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

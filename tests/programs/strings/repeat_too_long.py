# A repetition past the largest size is CPython's OverflowError for str and bytes (a
# bytearray's or a list's is a MemoryError on a 64-bit machine, an OverflowError on 32 bits).
for x in ("ab", b"ab"):
    try:
        x * 2**62
    except (OverflowError, MemoryError) as e:
        print(type(x).__name__, type(e).__name__)

# A left shift by a count that fits a machine word but makes an int bigger than the heap
# allows is a MemoryError, as in CPython when its memory runs out; a count past sys.maxsize
# is an OverflowError (found by tests/fuzz.rs: `a <<= int(float(a))` with a = 10**12).
import sys
for count in (2**29, 10**6 * 70):
    try:
        x = 1 << count
        print("made", count)
    except MemoryError:
        print("MemoryError")
try:
    1 << (sys.maxsize + 1)
except OverflowError as e:
    print("OverflowError", e)
print((1 << 100) >> 98)

# An uncaught exception whose message is longer than what is left of the heap: the traceback
# still shows it whole (written out from the exception, not copied into one line first).
import sys

msg = "x" * 5000 + "!"
err = ValueError(msg)
keep = []
if sys.implementation.name != "cpython":
    try:
        while True:
            keep.append([0] * 50)
    except MemoryError:
        pass
print("the heap is full")
raise err

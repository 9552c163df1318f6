# Text that outgrows the heap, built by an f-string or a container's repr, is a MemoryError
# the program can catch — not a failure of the runtime's own allocator (found by the fuzzer,
# seed 53, on the QEMU board: a tuple fed its own f-string each turn).
s = "x" * 1000
for step in range(40):
    try:
        s = f"{s}{s}{s}{s}{s}"
    except MemoryError:
        print("MemoryError at step", step > 2)
        break
s = None
t = ("y" * 100,)
for step in range(40):
    try:
        t = (t, t, repr(t))
    except MemoryError:
        print("repr MemoryError", step > 2)
        break
t = None
print("still running", f"{1 + 1}")

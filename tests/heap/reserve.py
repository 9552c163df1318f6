# Filling the heap raises MemoryError, which can be caught; the program can then still
# format and print (the heap keeps a reserve back from Python objects for this). A big int
# that doubles without end ends in MemoryError too, not in a crash or the machine's swap.
x = 3
try:
    while True:
        x = x * x
except MemoryError:
    print("big int: MemoryError")
x = None
l = []
try:
    while True:
        l.append([0] * 100)
except MemoryError:
    print("list: MemoryError", len(l) > 10, "%s %d" % ("formatted", 42))
print("still printing", len(l) > 10, [1.5, "x"])

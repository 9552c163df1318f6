# Filling the heap raises MemoryError, which the program can catch; afterwards the heap
# works again.
chunks = []
try:
    while True:
        chunks.append([0] * 100000)
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError after", "many" if n > 1 else n, "chunks")
print(sum([1] * 1000))

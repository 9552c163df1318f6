# (Expected output checked by hand against what MicroPython's own tests/micropython/heap_lock.py
# expects: MicroPython's WebAssembly port, the oracle of tests/micropython, does not finish a
# program that locks its heap.)
# micropython.heap_lock: while the heap is locked every allocation is a MemoryError (saying
# so), caught like any other; locks nest, and heap_unlock gives the depth left.
import micropython

l = []
l2 = list(range(100))
micropython.heap_lock()
micropython.heap_lock()
try:
    print([])
except MemoryError:
    print("MemoryError")
try:
    l.extend(l2)
except MemoryError:
    print("MemoryError")
print(micropython.heap_unlock())
try:
    print([])
except MemoryError as e:
    print("MemoryError", e)
try:
    d = {1: 2}
except MemoryError as e:
    print("MemoryError", e.args)
print(micropython.heap_unlock())
print([], len(l))
x = [1] * 10
print(len(x))


def work(n):
    # Arithmetic on small ints and a preallocated list allocate nothing.
    for i in range(n):
        buf[i] = i * 3
    return buf[n - 1]


buf = [0] * 8
micropython.heap_lock()
r = work(8)
micropython.heap_unlock()
print(r, buf)

# A list, dict or set emptied by clear() (or by pop()) while still held lets its items go: each
# round's buffers take two thirds of the heap, and need the room of the round before.
import gc

try:
    SIZE = gc.mem_free() // 12
except AttributeError:  # (CPython's memory is the machine's.)
    SIZE = 1 << 20


def fill(held):
    for i in range(8):
        chunk = bytearray(SIZE)
        chunk[0] = i
        if isinstance(held, list):
            held.append(chunk)
        else:
            held[i] = chunk


def rounds(make, empty):
    held = make()
    for r in range(3):
        empty(held)
        fill(held)
        print(r, len(held), sum(c[0] for c in (held if isinstance(held, list) else held.values())))
    # (Emptied, not only dropped: a word left on the stack may still point at it.)
    empty(held)


rounds(list, lambda l: l.clear())
rounds(dict, lambda d: d.clear())
for r in range(3):
    chunks = set()
    for i in range(8):
        chunks.add(bytes([i]) * SIZE)
    print("set", r, len(chunks))
    chunks.clear()
queue = []
for r in range(3):
    fill(queue)
    while queue:
        queue.pop()
    print("popped", r, len(queue))

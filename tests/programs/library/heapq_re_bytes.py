# heapq's functions take a list only (TypeError naming the function, as CPython's), and
# heapreplace of an empty heap is IndexError; re on a bytearray gives bytes pieces.
import heapq
import re

for name, args in [("heappush", ((), 1)), ("heappop", ((),)), ("heapify", ({},)),
                   ("heapreplace", ("ab", 1)), ("heappushpop", (None, 1))]:
    try:
        getattr(heapq, name)(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
h = []
for v in (5, 1, 4):
    heapq.heappush(h, v)
print(heapq.heappop(h), heapq.heapreplace(h, 0), heapq.heappushpop(h, 9), h)

data = bytearray(b"foo,bar;;baz")
print(re.split(b"[,;]", data), re.split(b"(;)", data, maxsplit=1))
print(re.findall(b"(a)(z)?", data), re.findall(b"o", data), re.sub(b"o", b"0", data))
print(re.compile(b"x").split(bytearray(b"fooxbar")), type(re.match(b"f", data).group()).__name__)

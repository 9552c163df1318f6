# memoryview over bytes and bytearray: length, indexing, slices that share memory, writes.
buf = bytearray(b"hello world")
m = memoryview(buf)
print(len(m), m[0], m[-1], m[4], bytes(m), m.tobytes(), m.tolist()[:3], type(m).__name__)
part = m[6:11]
print(len(part), bytes(part), part[0], part[-1], part.tobytes())
part[0] = ord("W")
print(buf, bytes(m[6:7]))
m[0:5] = b"HELLO"
print(buf)
part[1:3] = bytearray(b"OR")
print(buf, bytes(part))
m[-1] = 33
print(buf)
step = m[::2]
print(len(step), bytes(step), bytes(m[::-1]), bytes(m[1:8:3]), bytes(m[5:2]), len(m[5:2]))
step[0] = ord("j")
print(buf, bytes(step[1:3]), bytes(step[::-2]))
print([b for b in m[:5]], list(memoryview(b"abc")), sum(memoryview(b"\x01\x02\x03")))
print(bytearray(m[:5]), list(m[8:]), 111 in m, 200 in m)
ro = memoryview(b"abc")
print(ro == b"abc", ro == bytearray(b"abc"), b"abc" == ro, ro == memoryview(b"abc"), ro != b"abd", ro == "abc")
print(ro.readonly, m.readonly, ro.nbytes, ro.obj, bytes(memoryview(ro)), memoryview(m)[0])
print(bool(memoryview(b"")), bool(ro), len(memoryview(bytearray(0))), hash(ro) == hash(memoryview(b"abc")))
print(ro.hex(), m[:3].hex(), isinstance(ro, memoryview))
img = bytearray(6)
for row in range(2):
    line = memoryview(img)[row * 3 : row * 3 + 3]
    for col in range(3):
        line[col] = row * 10 + col
print(list(img))

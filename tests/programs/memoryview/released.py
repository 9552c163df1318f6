# A released memoryview (release(), or the end of its `with` block) refuses every operation
# with CPython's ValueError, but compares (equal to itself only) and prints.
b = bytearray(b"abc")
m = memoryview(b)
print(m[0], len(m))
m.release()
m.release()
print(m == m, m == b"abc", m != b"abc", m in [m])
print(repr(m).startswith("<released memory at 0x"))

ops = [
    ("len", lambda: len(m)),
    ("index", lambda: m[0]),
    ("slice", lambda: m[0:1]),
    ("bytes", lambda: bytes(m)),
    ("bytearray", lambda: bytearray(m)),
    ("tobytes", lambda: m.tobytes()),
    ("tolist", lambda: m.tolist()),
    ("hex", lambda: m.hex()),
    ("list", lambda: list(m)),
    ("nbytes", lambda: m.nbytes),
    ("obj", lambda: m.obj),
    ("format", lambda: m.format),
    ("readonly", lambda: m.readonly),
    ("memoryview", lambda: memoryview(m)),
    ("hash", lambda: hash(m)),
    ("cast", lambda: m.cast("b")),
    ("with", lambda: m.__enter__()),
]
for name, op in ops:
    try:
        print(name, op())
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    m[0] = 1
except ValueError as e:
    print("store:", e)

with memoryview(b) as m2:
    print(m2[1], m2.tobytes())
try:
    m2[1]
except ValueError as e:
    print("after with:", e)
# The object itself is untouched, and can grow once no view holds it.
b.append(100)
print(b)
view = memoryview(b"xyz")[1:]
view.release()
print(view == view, str(view).startswith("<released"))

# bytearray's list-like methods: insert, pop, remove, reverse, clear, copy.
b = bytearray(b"hello")
b.insert(0, 72)
b.insert(-1, 76)
b.insert(100, 33)
b.insert(-100, 95)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("l"))
print(b)
b.reverse()
print(b)
c = b.copy()
c.append(0)
b.clear()
print(b, c, len(b), type(c).__name__)
for f in [lambda: b.pop(), lambda: c.pop(50), lambda: c.remove(120), lambda: c.remove(300), lambda: c.insert(0, -1),
          lambda: c.pop("x"), lambda: c.insert(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(c)

# Indexing bytes and bytearrays by ints: in range, negative, out of range, bad values.
b = bytearray(b"abc")
c = b"xyz"
print(b[0], b[-1], c[1], c[-3])
b[1] = 65
b[-1] = 0
print(b)
for bad in [3, -4]:
    try: b[bad]
    except IndexError as e: print(e)
    try: b[bad] = 1
    except IndexError as e: print(e)
try: b[0] = 256
except ValueError as e: print(e)
try: c[0] = 1
except TypeError as e: print(e)
m = memoryview(b)
print(m[0], b[1:2])
try: b"abc"[5]
except IndexError as e: print(e)

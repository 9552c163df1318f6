# The errors memoryview raises, worded as CPython words them.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ro = memoryview(b"abc")
rw = memoryview(bytearray(b"abc"))


def set_item(m, k, v):
    m[k] = v


def set_slice(m, a, b, v):
    m[a:b] = v


def del_item(m, k):
    del m[k]


check(lambda: ro[3])
check(lambda: ro[-4])
check(lambda: ro["x"])
check(lambda: ro[1.0])
check(lambda: set_item(ro, 0, 1))
check(lambda: set_slice(ro, 0, 1, b"x"))
check(lambda: set_item(rw, 0, 256))
check(lambda: set_item(rw, 0, -1))
check(lambda: set_item(rw, 0, 1.5))
check(lambda: set_item(rw, 0, "a"))
check(lambda: set_item(rw, 5, 1))
check(lambda: set_slice(rw, 0, 2, b"xyz"))
check(lambda: set_slice(rw, 0, 2, [1, 2]))
check(lambda: del_item(rw, 0))
check(lambda: memoryview("abc"))
check(lambda: memoryview([1, 2]))
check(lambda: memoryview(5))
check(lambda: hash(rw))
check(lambda: ro < ro)
check(lambda: ro[::0])
check(lambda: ro + b"x")
print(bytes(rw))
ro[0] = 65

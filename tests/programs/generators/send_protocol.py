def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
g = running_max()
print(next(g), [g.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def coroutine():
    print("started")
    try:
        while True:
            msg = yield
            print("got", msg)
    finally:
        print("closed")
c = coroutine()
next(c)
c.send("a")
c.send("b")
c.close()

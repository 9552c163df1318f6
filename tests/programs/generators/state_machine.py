def blinker(pattern):
    while True:
        for on in pattern:
            yield "*" if on else "."
b = blinker([1, 0, 0, 1])
print("".join(next(b) for _ in range(12)))
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])
def averager():
    n = total = 0
    avg = None
    while True:
        v = yield avg
        n += 1
        total += v
        avg = total / n
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))

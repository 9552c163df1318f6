def guess(secret, lo=1, hi=100):
    tries = []
    while True:
        g = (lo + hi) // 2
        tries.append(g)
        if g == secret:
            return tries
        if g < secret:
            lo = g + 1
        else:
            hi = g - 1
for s in [1, 37, 50, 100]:
    t = guess(s)
    print(s, len(t), t)

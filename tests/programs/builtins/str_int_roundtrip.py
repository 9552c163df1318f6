for n in [0, 7, -42, 10 ** 30, -(2 ** 70)]:
    s = str(n)
    print(s, int(s) == n, hex(n), int(hex(n), 16) == n, bin(n)[:10], repr(n) == s)

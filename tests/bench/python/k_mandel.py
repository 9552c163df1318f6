def mandel(w, h, maxit):
    count = 0
    for y in range(h):
        ci = -1.0 + 2.0 * y / h
        for x in range(w):
            cr = -2.0 + 2.5 * x / w
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit and zr * zr + zi * zi < 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                k += 1
            count += k
    return count

def bench():
    return mandel(32, 32, 50)


# Measured by tests/bench: instructions between the 2nd and 3rd print, less those
# between the 1st and 2nd.
print(1)
print(2)
print(bench())

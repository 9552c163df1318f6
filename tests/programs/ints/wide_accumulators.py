# Accumulators a loop only adds to, kept in two machine words in the loop's fast copy: sums that
# outgrow small ints, subtraction, overflow of two words (to the general copy), a loop that adds
# nothing, a float or a huge int on the way in, unbound, inside try, else-clauses.
def sumsq(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def sub(n):
    t = 10 ** 12
    for i in range(n):
        t = t - (i * 7 + 3) * i
        if i == 5000:
            break
    return t

def mixed(n, k):
    s = 0
    c = 0
    for i in range(n):
        s += i * k + i
        c += 1
    return s, c

def none(n):
    s = 2 ** 40
    x = s
    for i in range(n):
        s += i
    return s is x, s

def overflow(n):
    s = 2 ** 62
    for i in range(n):
        s += i * 1000000
    return s

def notint(n):
    s = 0.5
    for i in range(n):
        s += i * i
    return s

def unbound(n):
    for i in range(n):
        s += i
    return s

def inexc(n):
    s = 0
    try:
        for i in range(n):
            s += i * i
            if i == 3:
                raise ValueError
    except ValueError:
        return s
    return -1

def boolstart(n):
    s = True
    for i in range(n):
        s += i
    return s

print(sumsq(100000), sumsq(0), sumsq(10))
print(sub(100000), sub(3))
print(mixed(70000, 40000))
print(none(0), none(5))
print(overflow(10000))
print(notint(1000))
try:
    unbound(3)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(inexc(10))
print(boolstart(0), boolstart(3))
big = 10 ** 30
def bigstart(n):
    s = big
    for i in range(n):
        s += i * i
    return s
print(bigstart(10))
def neg(n):
    s = 0
    for i in range(-n, 0):
        s -= i * i * 3
    return s
print(neg(50000))
def neg_over(n):
    s = -(2 ** 62)
    for i in range(n):
        s -= i * 1000000
    return s
print(neg_over(10000))
def two(n):
    a = 0
    b = 0
    for i in range(n):
        a += i * i
        b -= i * 3
        if i > n - 3:
            continue
    return a, b
print(two(60000))
def elsebranch(n):
    s = 0
    for i in range(n):
        s += i * 65536
    else:
        print("else", s)
    return s
print(elsebranch(40000))

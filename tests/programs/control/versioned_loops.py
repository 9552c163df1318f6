# Range loops with a fast copy of their body (small-int counter and int locals): every way
# out of the fast copy must give CPython's results (overflow into big ints mid-statement,
# floats in a local, unbound locals, break/continue/else/return, a counter the body changes).


def sumsq(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


print(sumsq(10), sumsq(1000), sumsq(100000))


def grows(n):
    # Small at the start, beyond a machine word by the end (on every board).
    s = 1
    big = 2305843009213693951
    for i in range(n):
        s += big
        s = s * 3 + i
    return s


print(grows(3), grows(70))


def products(n):
    p = 1
    for i in range(1, n):
        p = p * i + 1
    return p


print(products(10), products(40))


def temporaries(n):
    total = 0
    for i in range(n):
        t = i * 2
        u = t - 1
        total += t * u
    return total, t, u


print(temporaries(5), temporaries(50000))


def unbound(n):
    for i in range(n):
        acc += 1
    return acc


try:
    unbound(3)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound(0) if False else "skipped")


def floats_too():
    s = 0
    s = 0.5
    for i in range(4):
        s += i
    k = 1
    for i in range(3):
        k = k * 2 + i
    return s, k


print(floats_too())


def control(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        s += i
    else:
        s = -s
    return s


print(control(10), control(30))


def early(n):
    s = 0
    for i in range(n):
        s += i * 7
        if s > 100:
            return i, s
    return None


print(early(5), early(50))


def counter_changed():
    out = []
    for i in range(4):
        i += 10
        out.append(i)
    for j in range(3):
        j = j * 100
        out.append(j)
    return out


print(counter_changed())


def steps():
    a = 0
    for i in range(10, 0, -3):
        a += i * i
    b = 0
    for i in range(-5, 5, 2):
        b += i * i * i
    return a, b


print(steps())


def near_the_edge():
    s = 0
    for i in range(2**30 - 3, 2**30 + 3):
        s += i
    t = 0
    for i in range(2**62 - 3, 2**62 + 3):
        t += i - 2**62
    return s, t


print(near_the_edge())


def nested_if(n):
    s = 0
    big = 1000000007
    for i in range(n):
        if i % 2:
            s += big * big
        else:
            s -= i
    return s


print(nested_if(10), nested_if(1001))


def bubble(a):
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a


print(bubble([(i * 919 + 13) % 1000 for i in range(50)]))
print(bubble([3.5, -1, 2, 10**20, -(10**20), 0.25]))


def negative_index(a):
    s = 0
    for i in range(-len(a), 0):
        s += a[i] * i
    return s


print(negative_index([1, 2, 3, 4]))


def with_calls(n):
    s = 0
    seen = []
    for i in range(n):
        seen.append(i)
        s += i
        s = s - len(seen) + 1
    return s, seen[-1]


print(with_calls(6))


class Holder:
    x = 1


def float_looking(o, n):
    # `x` is assigned an attribute somewhere: `x + y` looks like float work, but here both
    # are ints, the largest small ints, so the sum outgrows a small int.
    x = 0
    if o:
        x = o.x
    y = 4611686018427387903
    z = 1073741823
    s = 0
    for i in range(n):
        s += x + y
        s += x + z
    return s


print(float_looking(None, 3), float_looking(Holder(), 3))


def through_finally(n):
    s = 0
    try:
        for i in range(n):
            s = s + i
            if i == 5:
                return 1
    finally:
        s = "ab"
        print(s + s)


def loop_in_finally(n):
    s = 1
    try:
        for i in range(n):
            s = s * 3
            if i == n - 1:
                return s
    finally:
        t = 0
        for k in range(3):
            t += k
        print("t", t)


print(through_finally(10), loop_in_finally(60))


def counter_as_list():
    a = [1, 2, 3]
    try:
        for a in range(3):
            x = a[a]
    except TypeError as e:
        print("TypeError", e)


counter_as_list()

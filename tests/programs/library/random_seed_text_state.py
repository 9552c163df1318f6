# random.seed of a str or bytes (CPython's version 2: SHA-512), getstate and setstate.
import random
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(b"bytes seed")
print(random.random())
random.seed("")
print(random.getrandbits(32))
random.seed("a much longer seed text that goes past one SHA-512 block of one hundred and twenty-eight bytes, to check the padding")
print(random.random())
r = random.Random("x")
print(r.random())
random.seed(7)
s = random.getstate()
print(s[0], len(s[1]), s[2], s[1][-1])
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)])
random.gauss(0, 1)
g = random.getstate()
x = random.gauss(0, 1)
random.setstate(g)
print(x == random.gauss(0, 1), type(g[2]).__name__)
for bad in ([1], (3, (1, 2), None), (3, [0] * 625, None)):
    try:
        random.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

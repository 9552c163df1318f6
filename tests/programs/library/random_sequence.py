# random after seed(n) gives CPython's sequence: MT19937 seeded from the int's 32-bit words.
import random

for s in (0, 1, 42, -42, 2**32 - 1, 2**32, 2**40 + 7, 2**100 + 3, True):
    random.seed(s)
    print(s, random.random(), random.getrandbits(32), random.randrange(1000))

# A float seeds with its hash (CPython's, not mpyc's hash()).
for s in (1.5, -2.0, 0.1, 1e300, 3.0, -0.0, float("inf")):
    random.seed(s)
    print(s, random.random())

random.seed(12345)
print([random.getrandbits(k) for k in (0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 128, 129, 200)])
print([random.random() for _ in range(4)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10, 4) for _ in range(5)])
print([random.randrange(1) for _ in range(3)])
print(random.randrange(10**30), random.randrange(-(10**25), 10**25, 3))
print(random.randrange(2**62), random.randrange(2**64 + 1), random.randrange(2**128 + 5))
print([random.randint(1, 6) for _ in range(20)])
print(random.randint(-3, -3), random.randint(0, 2**70))
print(random.randrange(start=3, stop=9), random.randrange(3, step=2, stop=20), random.randrange(4, None))
print(random.randrange(2.0, 9.0), random.randrange(10, 1, step=-1))

letters = "abcdefghij"
print([random.choice(letters) for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1,)), random.choice(range(100, 200)))
print(random.choice(b"xyz"))

x = list(range(20))
random.shuffle(x)
print(x)
y = []
random.shuffle(y)
z = [1]
random.shuffle(z)
print(y, z)
b = bytearray(b"shuffled")
random.shuffle(b)
print(b)

print(random.uniform(1, 2), random.uniform(10, -10), random.uniform(0.5, 0.5))
print(random.uniform(3, 4) < 4, type(random.uniform(1, 2)).__name__)

# The same seed gives the same values again.
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)])

# More than 624 words are drawn: the generator twists its state again.
random.seed(99)
total = 0
for _ in range(2000):
    total += random.getrandbits(16)
print(total, random.getrandbits(32))

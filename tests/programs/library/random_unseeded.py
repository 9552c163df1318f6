# Without seed() (or after seed(None)) the values vary, but stay in their ranges.
import random
from random import randint, randrange, choice

# A seed that raises (here the first use of the module) leaves a working generator.
try:
    random.seed([1])
except TypeError:
    print("TypeError")
print(random.random() != random.random())

for _ in range(200):
    r = random.random()
    assert 0.0 <= r < 1.0
    assert 1 <= randint(1, 6) <= 6
    assert randrange(3, 30, 3) % 3 == 0
    assert choice("abc") in "abc"
    assert 0 <= random.getrandbits(5) < 32
random.seed()
random.seed(None)
draws = set(random.getrandbits(32) for _ in range(50))
print(len(draws) > 40)
x = list(range(10))
random.shuffle(x)
print(sorted(x) == list(range(10)))

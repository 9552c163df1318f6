# random's errors are CPython's: empty ranges, empty sequences, bad arguments.
import random

random.seed(3)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: random.randrange(0))
attempt(lambda: random.randrange(-5))
attempt(lambda: random.randrange(5, 2))
attempt(lambda: random.randrange(5, 5))
attempt(lambda: random.randrange(1, 10, 0))
attempt(lambda: random.randrange(10, 1, 2))
attempt(lambda: random.randrange(1, 10, -1))
attempt(lambda: random.randrange(1.5))
attempt(lambda: random.randrange(1, 2.5))
attempt(lambda: random.randrange(1, 9, 0.5))
attempt(lambda: random.randrange([]))
attempt(lambda: random.randrange(3, step=2))
attempt(lambda: random.randrange())
attempt(lambda: random.randrange(1, 2, 3, 4))
attempt(lambda: random.randrange(start=3, x=1))
attempt(lambda: random.randint(3, 1))
attempt(lambda: random.randint(1))
attempt(lambda: random.randint())
attempt(lambda: random.randint(1.5, 3))
attempt(lambda: random.choice([]))
attempt(lambda: random.choice(""))
attempt(lambda: random.choice(5))
attempt(lambda: random.choice())
attempt(lambda: random.choice([], 1))
attempt(lambda: random.shuffle((1, 2)))
attempt(lambda: random.shuffle())
attempt(lambda: random.uniform(1))
attempt(lambda: random.uniform("a", "b"))
attempt(lambda: random.getrandbits(-1))
attempt(lambda: random.getrandbits())
attempt(lambda: random.getrandbits(1.5))
attempt(lambda: random.random(1))
attempt(lambda: random.seed([1]))
attempt(lambda: random.seed(1, 2, 3))
print(random.random())

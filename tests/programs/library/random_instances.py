# random.Random: generators with states of their own (the same sequence as CPython's for the same
# seed, apart from the module's), and their methods.
import random

r1 = random.Random(42)
r2 = random.Random(42)
a = [r1.random() for _ in range(3)]
b = [r2.random() for _ in range(3)]
print(a == b, [round(x, 6) for x in a])
print(r1.randint(1, 100), r1.randrange(0, 50, 5), r1.choice("abcdef"), r1.getrandbits(70))
items = list(range(10))
r1.shuffle(items)
print(items, round(r1.uniform(2, 3), 6))
random.seed(42)
print(round(random.random(), 6), round(random.Random(42).random(), 6))
r3 = random.Random()
r3.seed(7)
print(r3.randint(0, 10**6) == random.Random(7).randint(0, 10**6), type(r3).__name__, isinstance(r3, random.Random))
print(random.Random("abc").random() == random.Random("abc").random())

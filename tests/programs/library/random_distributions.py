# random's sample, choices and distributions (gauss, normalvariate, expovariate, triangular,
# lognormvariate, paretovariate, weibullvariate) pick what CPython picks after the same seed.
import random

random.seed(12345)
print(random.sample(range(10), 4), random.sample("abcdefghijklmnopqrstuvwxyz", 7))
print(random.sample(range(1000), 12), random.sample([1, 2, 3], 3), random.sample((5, 6), 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=6), random.choices([10, 20, 30], weights=[1, 5, 2], k=5))
print(random.choices(range(4), cum_weights=[1, 2, 10, 11], k=4), random.choices([1]))
print([round(random.gauss(10, 2), 12) for _ in range(5)])
print([round(random.normalvariate(), 12) for _ in range(3)], round(random.expovariate(0.5), 12))
print(round(random.triangular(), 12), round(random.triangular(1, 3, 2.5), 12), random.triangular(2, 2, 2))
print(round(random.lognormvariate(0, 1), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
r = random.Random(7)
print(r.sample(range(50), 3), r.choices("xy", k=3), round(r.gauss(), 12), round(r.gauss(), 12))
r.seed(7)
print(r.sample(range(50), 3))
for bad in (lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3), lambda: random.choices("ab", [1], k=2),
            lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("ab", [0, 0])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in (lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
random.seed(3)
print(random.choices("abc", [1, 2, 3], k=5), random.choices("abc", cum_weights=(1, 2, 3), k=3))

# random's gamma, beta and von Mises distributions and randbytes: CPython's values for the same
# seed (its algorithms, drawing the same numbers).
import random

for seed in (0, 5, 42):
    random.seed(seed)
    print([random.gammavariate(a, b) for a, b in ((0.5, 1.0), (1.0, 2.0), (2.5, 0.5), (9.0, 3.0), (0.01, 1.0))])
    print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2.0, 5.0), (1.0, 1.0))])
    print([random.vonmisesvariate(m, k) for m, k in ((0.0, 0.0), (1.0, 4.0), (3.0, 0.5), (-2.0, 100.0))])
    print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(9), random.random())
r = random.Random(7)
print(r.gammavariate(3.0, 1.0), r.betavariate(alpha=2.0, beta=2.0), r.vonmisesvariate(0.5, 2.0), r.randbytes(3))
for a, b in ((0, 1), (1, 0), (-1.0, 2)):
    try:
        random.gammavariate(a, b)
    except ValueError as ex:
        print("ValueError", ex)
for bad in (lambda: random.randbytes(-1), lambda: random.randbytes(1.5), lambda: random.gammavariate(1.0)):
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)

# round(x, -k) of big floats rounds the exact value, as CPython.
vals = [3.7578811212852313e+22, 3.1743352785000006e+17, 15.0, 25.0, -15.0, -25.0, 14.999, 1234.5, -4.0, 0.0, -0.0,
        1e300, 1.7976931348623157e308, 5e-5, 123456789.0, 2.5e15, 9.5e16, 1.5e20]
for v in vals:
    print([round(v, k) for k in (-1, -2, -3, -5, -20, -400)])
import random
random.seed(3)
bad = 0
for _ in range(2000):
    x = random.uniform(1e15, 1e25)
    if round(x, -2) != round(x, -2):
        bad += 1
print([round(random.uniform(1e17, 1e30), -random.randint(1, 12)) for _ in range(8)])

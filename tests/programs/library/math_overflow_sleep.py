# math's overflow paths as CPython's (ldexp, exp2: OverflowError; ldexp's int exponent of any
# size), lcm checks every argument after a 0, time.sleep of a negative length.
import math, time
for f in (lambda: math.ldexp(1.0, 2000), lambda: math.ldexp(1.5, 3), lambda: math.ldexp(1.0, -2000),
          lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(0.0, 10**30), lambda: math.ldexp(-1.0, -10**30),
          lambda: math.ldexp(1, 2.0), lambda: math.ldexp(math.inf, 5),
          lambda: math.exp2(1e300), lambda: math.exp2(3), lambda: math.exp2(-1e300),
          lambda: math.lcm(0, 1.5), lambda: math.lcm(4, 6, 0), lambda: math.lcm(0, 0, 5), lambda: math.lcm(),
          lambda: math.gcd(0, 1.5), lambda: time.sleep(-1), lambda: time.sleep(0), lambda: time.sleep(-0.0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

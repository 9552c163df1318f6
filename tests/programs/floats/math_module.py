import math
print(math.pi, math.e, math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 6), math.atan2(1, 1))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(0), math.fabs(-3))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.gcd(12, 18), math.factorial(10))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.pow(2, 8))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)

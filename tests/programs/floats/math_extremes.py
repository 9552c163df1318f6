# Arguments at the ends of the range, where double-double products could overflow or a
# result lands near the subnormals: CPython's floats all the same.
import math

print(math.atan(1e301), math.atan(-1e200), math.atan(3e18), math.atan2(1e308, 1e308), math.atan2(-1e300, 3e299))
print(math.acos(1e-301), math.acos(5e-324), math.acos(-1e-20), math.asin(1e-300), math.asin(-5e-324))
print(1.4092381819790398 ** 1561.0, 1.41 ** 1999.5, 0.71 ** 2000.0, math.exp(-707.3610954773053), math.exp(-708.0))
print(math.log(1.4142135623730951), math.log(0.7071067811865476), math.log2(1.414213562373095), math.log10(1.4142135))

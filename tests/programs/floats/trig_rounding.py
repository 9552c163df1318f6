# sin, cos, tan, atan, atan2, asin and acos give CPython's floats to the last bit (the C
# library's, as CPython calls them): a deterministic spread of arguments, results in full.
import math

x = 0.5
for i in range(150):
    x = (x * 7.37 + 0.577) % 9.0 + 0.003
    y = (x * 3.3) % 6.0 - 3.0
    far = x * 1234.5
    print(repr(math.sin(y)), repr(math.cos(far)), repr(math.tan(x)), repr(math.atan(y * 7.0)),
          repr(math.atan2(y, x - 4.5)), repr(math.asin(y / 3.01)), repr(math.acos(y / 3.01)))
for v in (0.0, -0.0, 1e-10, 1.0, -1.0, math.pi, math.pi / 2, 1e6, 1e300, 0.5):
    print(v, math.sin(v), math.cos(v), math.tan(v), math.atan(v), math.atan2(v, -1.0))
print(math.asin(1.0), math.acos(-1.0), math.acos(1.0), math.asin(-0.0), math.atan2(-0.0, -1.0))
print(math.atan2(1e-200, 1e200), math.atan2(5.0, 0.0), math.atan(1e300), math.tan(math.pi / 4))

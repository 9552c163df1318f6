# exp, log, log2, log10 and ** give CPython's floats to the last bit (the C library's, as
# CPython calls them): a deterministic spread of arguments, each result printed in full.
import math

x = 0.5
for i in range(150):
    x = (x * 7.33 + 0.577) % 9.0 + 0.003
    y = (x * 3.3) % 6.0 - 3.0
    big = (x - 4.5) * 150.0
    print(repr(math.exp(y)), repr(math.exp(big)), repr(math.log(x)), repr(math.log2(x * 17.0)),
          repr(math.log10(x / 3.0)), repr(x ** y), repr(math.pow(x * 40.0, -y * 9.0)))
for v in (1.0, 2.0, 1024.0, 0.5, 1e-300, 1e300, 1000.0, 0.001, 3.0, 10.0, 5e-324):
    print(v, math.log(v), math.log2(v), math.log10(v), math.exp(math.log(v)) == v)
print(math.e == math.exp(1.0), 2.0 ** 10, 10.0 ** -2, 2.0 ** 0.5 == math.sqrt(2.0), (-2.0) ** 3, (-8.0) ** 2)
print(math.exp(709.0), math.exp(-708.0), math.exp(-745.0), math.exp(0.0), 1.0000001 ** 1e7)

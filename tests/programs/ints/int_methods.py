# int methods and attributes: bit_length, bit_count, conjugate, as_integer_ratio, real/imag/numerator/denominator (bool too).
for n in [0, 1, -1, 255, -256, 2**31, 2**64-1, -2**100, True]:
    print(n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
print(int.bit_length(5), (7).bit_count())
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
try:
    int.bit_length("x")
except TypeError as e:
    print(e)

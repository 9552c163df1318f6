# Big ints through every runtime path that is not plain arithmetic: text in any base, powers,
# modular powers, the bitwise operators on negative values, bytes, floats and math.
import math

a = 3 ** 200 - 7
b = -(2 ** 150) + 12345
for x in (a, b, -a, 2 ** 64, -(2 ** 64), 2 ** 63 - 1, -(2 ** 63)):
    print(x, hex(x), oct(x), bin(x)[:40], format(x, "x")[-12:], "%d" % x)
    print(int(str(x)), int(hex(x), 16), int(oct(x), 0), int(bin(x), 2) == x)
    print(x & a, x | b, x ^ (a >> 3), ~x, x >> 70, x << 33)
    print(x.bit_length(), x.bit_count(), abs(x) % 1000003, x // 97, x % -97, divmod(x, b))
    print(float(x), x / 3, x / b, round(x, -20), round(x, -1))
    print(pow(x, 5, 1000000007), pow(x, 3, -999983), pow(x, 0, 7), pow(-x, 7, 2 ** 70 + 1))
for signed in (False, True):
    for v in (0, 1, 127, 128, 255, 256, 2 ** 100, 2 ** 100 - 1):
        n = -v if signed and v else v
        k = (n.bit_length() + 8) // 8 if signed else max(1, (n.bit_length() + 7) // 8)
        be = n.to_bytes(k, "big", signed=signed)
        print(n, be.hex(), int.from_bytes(be, "big", signed=signed), int.from_bytes(n.to_bytes(k, "little", signed=signed), "little", signed=signed))
print((0).to_bytes(0, "big", signed=True), (-1).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "big", signed=True))
try:
    (2 ** 100).to_bytes(12, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int("1" * 60, 7), int("zz" * 20, 36), int("-0x" + "f" * 30, 16), int(" +1_000_000_000_000_000_000_000 "))
print(math.isqrt(10 ** 60 + 12345), math.isqrt(2 ** 127), math.gcd(2 ** 100 * 3, 6 ** 50), math.lcm(2 ** 70, 3 ** 40, 10))
print(math.factorial(40), math.comb(100, 37), math.perm(60, 25))
print(2 ** 0.5 == math.sqrt(2), int(1e30), int(-1.5e300) // 10 ** 290, float(10 ** 308 * 9 // 10))
print((10 ** 30).as_integer_ratio(), (2.5e20).as_integer_ratio(), (-1e-5).as_integer_ratio()[0])
print(10 ** 40 == 1e40, 10 ** 22 < 1e22 + 1, 2 ** 53 + 1 > 2.0 ** 53, hash(-(2 ** 100)) == -hash(2 ** 100))
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError", e)
for t in ("--5", "-+5", "+-5", "0x-5", "- 5"):
    try:
        print(int(t, 0))
    except ValueError as e:
        print("ValueError", e)
for base in (1, 37, -2):
    try:
        print(int("5", base))
    except ValueError as e:
        print("ValueError", e)
print(round(12345, -400), round(-987654321, -3), round(10 ** 30 + 5, -1), round(15, -1), round(25, -1), round(7, -1000))

# sys.get_int_max_str_digits / set_int_max_str_digits: CPython's limit on int <-> decimal text.
import sys

print(sys.get_int_max_str_digits())
big = 7 ** 6000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:20], int("9" * 5000) % 1000)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
for text in ["1" * 700, "1" * 701]:
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print("ValueError", e)
for bad in [639, -1, 1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError", e)
print(hex(big)[:10], len(bin(big)))

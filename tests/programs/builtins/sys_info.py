# sys.float_info and sys.hash_info: named tuples describing the float and how numbers hash.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.mant_dig, fi.dig, fi.radix, fi.max_exp, fi.min_exp, fi[0] == fi.max, len(fi))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2 == float("inf"))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hash(float("inf")) == hi.inf, hash(hi.modulus), hash(1j) == hi.imag)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.version_info).__name__ if False else "ok")

# error: 3:8: invalid non-printable character U+202E
# A right-to-left override outside a string.
print(1‮)

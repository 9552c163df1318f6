# error: 4:8: invalid non-printable character U+FEFF
# A byte-order mark in the middle of a line.
x = 1
print(x﻿)

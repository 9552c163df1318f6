# Found by tests/fuzz.rs: round(x, n) keeps the sign of a zero, as CPython's does
# (`round(0.0 % -1e-3, 3)` is -0.0, and a dict key made of its str is '-0.0').
for x in (-0.0, 0.0, 0.0 % -1e-3, -0.4, -1e-9, -0.5, 0.5, -2.675):
    print(x, round(x, 0), round(x, 2), round(x, -1), round(x), str(round(x, 3)))

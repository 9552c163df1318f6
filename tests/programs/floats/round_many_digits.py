# round(x, n) with n past 40 digits: tiny floats keep the digits they have, and past 323 digits
# no double changes.
for x, n in ((1e-50, 60), (1e-50, 49), (1e-50, 50), (5e-324, 400), (5e-324, 323), (1.23456789e-30, 35),
             (0.1, 100), (2.5e-300, 300), (-7.25e-45, 46), (123.456, 1000), (1.5, 10 ** 6)):
    print(n, round(x, n))

# The `%` presentation of a float so big that x * 100 overflows: inf%, as CPython (not the digits of
# a 309-digit number); near the top but finite, the digits.
for x in [1e307, -1e307, 1.7e308, 1e306, 1.7976931348623157e306]:
    print(f"{x:%}|{x:.2%}|{x:#.0%}|{x:12%}|{x:>14.1%}|{x:,%}|{x:+%}", len(f"{x:.0%}"))
print(format(1e307, "%"), "{:e}".format(1e307 * 100), f"{float('inf'):%}", f"{float('nan'):%}")

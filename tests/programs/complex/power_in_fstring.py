# A negative float to a fractional power written only inside an f-string's field: complex,
# as in CPython (the firmware links the power's complex path: the `**` counts there too).
xs = [-4.0, -9.0]
for x in xs:
    s = f"{x ** 0.5}"
    print(s.startswith("("), s.endswith("j)"))
print(f"{xs[1] ** 0.5:.3f}")

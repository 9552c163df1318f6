# float.is_integer, as_integer_ratio, conjugate; ascii().
for f in [0.0, -0.0, 1.0, 2.5, -0.75, 0.375, 1048576.0, 7.0, 123.5, -65536.0]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.conjugate())
for bad in [float("inf"), float("-inf"), float("nan")]:
    print(bad.is_integer())
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.is_integer(4.0))
try:
    float.is_integer(4)
except TypeError as e:
    print(e)
print(ascii("abc"), ascii("héllo"), ascii("€ 😀"), ascii(["ü", 1, "x"]), ascii(b"\xff"), ascii(3.5))

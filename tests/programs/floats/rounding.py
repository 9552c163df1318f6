for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e16 + 1]:
    print(v, round(v), round(v, 1), int(v))
print(round(1.005, 2), round(2.675, 2), round(0.1 + 0.2, 10), round(123.456, -1), round(-123.456, -2))

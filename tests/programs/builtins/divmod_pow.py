for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]:
    print(divmod(a, b), a // b, a % b)
print(pow(2, 8), pow(2, 8, 5), pow(-2, 3), pow(2, 0.5), pow(10, -2), pow(7, 100, 13))

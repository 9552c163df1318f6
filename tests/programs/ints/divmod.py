# // and % by positive and negative divisors, at the small-int limits of 32- and 64-bit words.
for a in range(-7, 8):
    for b in range(1, 4):
        print(a, b, a // b, a % b, -a // b, -a % b)
print(1073741823 // 1, -1073741824 // 1, -1073741824 % 7, 4611686018427387903 // 3, -4611686018427387904 % 5)
print(7 // -2, 7 % -2, 2 ** 40 // 3, 2 ** 40 % 3)

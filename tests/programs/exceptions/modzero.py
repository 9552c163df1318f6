print(7 % 2)
print(2 ** 70 % 0)

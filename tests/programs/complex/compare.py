# Equality and hashing of complex numbers against ints, floats and other complex numbers.
print(1j == 1j, 1j != 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1 + 1j == 1, 2j == 2)
print(0j == 0, 0j == False, 1 + 0j == True, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, 1j == "1j", 1j == None)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-0j) == hash(0), hash(1j) == hash(1j))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], 1j in d, {1j: 1}[1j], len({1, 1 + 0j, 1.0}))
print(bool(0j), bool(1j), bool(-0j), bool(0.5 + 0j), not 0j)
if 2j:
    print("truthy")
nan = complex(float("nan"), 0)
print(nan == nan, nan != nan, [1j].index(1j), 1j in [1, 1j], 1j in (0, 1))
print(1j.__class__ is complex, type(1j) is complex, complex.__name__)

# Complex numbers in a program that makes no float: their parts are floats all the same, which
# print and compare (the runtime's float code behind the gate of either type).
z = 1j
print(z, [z], (z, 3), {"a": 2j})
print(f"{z:>8}|{3j!r}")
print(12345678901234567890123 in [0j], 20000000 in [0j], 3 in [3 + 0j], 0 == 0j)
print(16777217 == 16777217 + 0j, 2**70 == 2**70 + 0j)
try:
    raise ValueError(5j)
except ValueError as e:
    print(repr(e), e.args)

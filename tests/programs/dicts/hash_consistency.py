# Equal numbers of every type are one key, and so is an object whose __hash__ returns a
# number's hash (as fractions.Fraction does); hash() gives back what __hash__ returned.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return True


print(hash(H(-2)), hash(H(-5)), hash(H(2**62)), hash(H(-1)), hash(H(2**64)) == hash(2**64), hash(H(True)))
d = {0.5: 1}
print(d.get(H(hash(0.5))), H(1) == 0.5, 0.5 == H(1))
d = {H(hash(0.5)): 1}
print(d.get(0.5), H(hash(0.5)) in {0.5}, H(hash(-1)) in {-1: 0}, H(hash(2.5 + 1j)) in {2.5 + 1j: 0})
d = {2**62: "a", -1: "m1", 2.5: "f", 1 + 2j: "c", 10**30: "big", 2**61 - 1: "p"}
print(d.get(2.0**62), d.get(-1.0), d.get(-1), d.get(2.5), d.get(complex(1, 2)), d.get(1e30), d.get(10**30), d.get(-2), d.get(0))
print(-1 in {-2}, -2 in {-1}, len({-1, -2, -1.0, -2.0, -1 + 0j}), len({0, 0.0, -0.0, 0j, False}), len({1, 1.0, True, 1 + 0j}))
print({2**61 - 1: 0}.get(0), {2**61: 0}.get(1), {float(2**70): 0}.get(2**70), {2**70: 0}.get(float(2**70)))
try:
    hash(H("x"))
except TypeError as e:
    print("TypeError:", e)

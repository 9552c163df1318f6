# pow(x, e, m) of a class's object: its __pow__ with the modulus.
class ModInt:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ModInt(pow(self.v, e, m))
    def __repr__(self): return f"ModInt({self.v})"
print(pow(ModInt(3), 4, 5), pow(ModInt(3), 4), ModInt(2) ** 5)
try:
    pow(1.5, 2, 3)
except TypeError as e:
    print(e)

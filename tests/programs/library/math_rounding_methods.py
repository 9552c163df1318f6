# math.floor/ceil/trunc: ints exactly (big ones too), a class's __floor__/__ceil__, __float__.
import math
class Money:
    def __init__(self, v): self.v = v
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
print(math.floor(Money(2.5)), math.ceil(Money(2.5)))
print(math.ceil(10**30), math.floor(10**30 + 1), math.trunc(-10**25), math.trunc(True), math.ceil(-2.5))
class F:
    def __float__(self): return 2.7
print(math.floor(F()), math.ceil(F()))
try: math.trunc(F())
except TypeError as e: print(e)
try: math.floor("x")
except TypeError as e: print(e)

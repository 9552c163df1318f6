# Found by tests/fuzz.rs: divmod of what is not a number is __divmod__/__rdivmod__ or CPython's TypeError.
class V:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('dm', self.v, o)
    def __rdivmod__(self, o): return ('rdm', self.v, o)
class P:
    def __floordiv__(self, o): return 'fd'
    def __mod__(self, o): return 'md'
for x, y in (('a', 'b'), (1j, 1), ([1], 2), (V(1), 2), (3, V(2)), (P(), 1), (7, 2), (-7.5, 2), (True, 3)):
    try:
        print(divmod(x, y))
    except TypeError as e:
        print("TypeError", e)

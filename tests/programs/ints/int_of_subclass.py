# int() of an int subclass's object is a plain int, small or big (CPython's).
class A(int):
    def __add__(self, other):
        return "A.__add__"


big = A(2**100)
small_one = A(5)
for v in (int(big), int(small_one)):
    print(type(v).__name__, v, v + 1)
print(type(big).__name__, big + 1)

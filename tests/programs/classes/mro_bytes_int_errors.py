# CPython's messages for an impossible MRO (naming the bases left), bytes() of an object with
# __bytes__ (bytearray() does not ask it), int() with a base and nothing to convert.
class Base: pass
class Left(Base): pass
class Right(Base): pass
try:
    class Bad(Left, Base, Right): pass
except TypeError as e:
    print(e)

class Packet:
    def __bytes__(self):
        return b"\x01\x02"
class Wrong:
    def __bytes__(self):
        return "text"
print(bytes(Packet()))
for make, x in ((bytearray, Packet()), (bytes, Wrong())):
    try:
        print(make(x))
    except TypeError as e:
        print("TypeError:", e)
try:
    int(base=2)
except TypeError as e:
    print("TypeError:", e)
print(int("101", base=2))

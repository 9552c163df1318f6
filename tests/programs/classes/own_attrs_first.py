# getattr()/setattr() by name on instances: own attributes, class attributes, attributes that
# shadow class ones, and a class changed after its instances were made.
class A:
    k = 1

a = A()
for name in ["x", "y", "k", "x"]:
    setattr(a, name, getattr(a, name, 0) + 1)
print(a.x, a.y, a.k, A.k, getattr(a, "z", None), hasattr(a, "y"))


def get_x(self):
    return "property"


a2 = A()
a2.x = 5
A.x = property(get_x)
print(a.x, a2.x, getattr(a, "x"), getattr(a2, "x"))
try:
    setattr(a, "x", 3)
except AttributeError as e:
    print("AttributeError")
print(a.x)


class B:
    def m(self):
        return "method"


b = B()
setattr(b, "m", lambda: "own")
print(b.m(), getattr(b, "m")())
del b.m
print(b.m(), getattr(b, "m")())

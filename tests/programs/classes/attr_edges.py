# Attribute edge cases: names that are not strs, deleting class attributes, __dict__ of
# classes and exceptions, and assigning an instance's __dict__.
class C:
    x = 1

    def m(self):
        return 2


o = C()
for f in (lambda: setattr(o, 1, 2), lambda: getattr(o, 2), lambda: delattr(o, 3.5)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(C.x, o.x)
del C.x
print(hasattr(C, "x"), hasattr(o, "x"))
try:
    del C.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    del int.real
except TypeError as e:
    print("TypeError", type(e).__name__)
C.y = 5
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(sorted(k for k in C.__dict__ if not k.startswith("__")), "m" in C.__dict__)
e = ValueError("v")
print(vars(e))
e.extra = 5
print(vars(e), e.__dict__["extra"])
o.__dict__ = {"a": 1}
print(o.a, vars(o), o.m())
o.b = 2
print(sorted(vars(o).items()))
try:
    o.__dict__ = 3
except TypeError as e:
    print("TypeError", e)

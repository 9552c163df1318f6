# A __new__ given to a class after it was made is called from then on; object's own methods
# looked up through a class are object's (the same object each time).
class A:
    pass
def new(cls):
    x = object.__new__(cls)
    x.attr = 1
    return x
print(type(A()).__name__)
A.__new__ = new
print(A().attr)
class B:
    pass
print(B.__getattribute__ is object.__getattribute__, B.__repr__ is object.__repr__)
print(B.__init__ is object.__init__, B.__eq__ is object.__eq__)
print(object.__repr__(B()).startswith("<__main__.B object"))

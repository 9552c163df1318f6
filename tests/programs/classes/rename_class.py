# Renaming a class through __name__ (a class decorator's way).
class B:
    pass
B.__name__ = "Renamed"
print(B.__name__, B.__qualname__, B().__class__.__name__, type(B()).__name__)
try:
    B().missing
except AttributeError as e:
    print(e)
try:
    B.__name__ = 5
except TypeError as e:
    print(e)

def deco(cls):
    cls.__name__ = "Pretty" + cls.__name__
    return cls
@deco
class Thing:
    pass
print(Thing.__name__)
class B: pass
B.__name__ = "X"
try:
    del B.__name__
except TypeError as e:
    print(type(e).__name__)
print(B.__name__)

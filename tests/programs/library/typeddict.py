# TypedDict as CPython's: a class whose only base is dict, its keys from the annotations of it
# and its bases, total= and the functional form; calling it makes a plain dict.
from typing import TypedDict
class User(TypedDict, total=False):
    name: str
    age: int
class Admin(User):
    level: int
print(User.__annotations__, User.__total__, sorted(User.__optional_keys__), Admin.__annotations__, sorted(Admin.__required_keys__))
u = User(name='ann'); print(type(u), u, isinstance(u, dict))
try: isinstance(u, User)
except TypeError as e: print(e)
print(Admin(name='x', level=2), Admin.__mro__)
Movie = TypedDict("Movie", {"title": str, "year": int})
m = Movie(title="x", year=1)
print(type(m).__name__, m, Movie.__annotations__, Movie.__total__)

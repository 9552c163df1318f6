# isinstance/issubclass with typing.Union[...] and Optional[...] (by their members); a
# subscripted generic raises; any object whose class has __instancecheck__.
from typing import Union, Optional, List
print(isinstance(1, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.5, Union[int, str]))
print(isinstance("s", Optional[str]), issubclass(bool, Union[int, str]), isinstance(3, Optional[int]))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int)
print(isinstance(3, Checker()), isinstance("x", Checker()))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError", e)

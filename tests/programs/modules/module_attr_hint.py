# A missing attribute of a module suggests the nearest name the module has, as CPython 3.11.
import math
import json
import random


def hint(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


hint(lambda: math.sqr(2))
hint(lambda: math.pie)
hint(lambda: json.dumsp([]))
hint(lambda: random.randit(1, 2))
hint(lambda: math.zzzzzzzz)
print(math.sqrt(4.0))
math.sqr(3)

# A module for star_import.py: what `from star_helper import *` binds.
import math
from star_chain import *

PUBLIC = "public"
_PRIVATE = "private"


def area(r):
    return round(math.pi * r * r, 2)


class Shape:
    sides = 0


if PUBLIC == "never":
    MISSING = 1

import math


def circle_area(d):
    return round(math.pi * (d / 2) ** 2, 3)

"""A helper module: constants, functions, a class, and state of its own."""
import math

UNIT = "cm"
created = 0


def area(r):
    return math.pi * r * r


class Rect:
    def __init__(self, w, h):
        global created
        created += 1
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def describe(shape):
    return "%s of %s %s^2" % (type(shape).__name__, shape.area(), UNIT)


if __name__ == "__main__":
    print("geometry run directly")


def scale(shape, k):
    return Rect(shape.w * k, shape.h // k)

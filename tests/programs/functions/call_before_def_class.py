# The first statement that runs code is a class body: a function it calls finds a function
# defined below the class unbound (NameError), as in CPython.
import math


def uses_late():
    return late_target(2)


class Runs:
    try:
        value = uses_late()
    except NameError as e:
        value = "NameError: " + str(e)


def late_target(x):
    return math.sqrt(x * 8)


print(Runs.value, uses_late())

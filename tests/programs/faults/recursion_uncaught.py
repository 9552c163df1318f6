# An uncaught RecursionError: the traceback shows a repeated frame three times and counts
# the rest, as CPython does (the count differs by design and is not compared).


def down(n):
    return down(n + 1)


print("going down")
down(0)

# error: 6:41: 'yield' inside list comprehension
# A comprehension is a function of its own: a `yield` in it (but for its first iterable) is
# CPython's SyntaxError.
def squares(n):
    first = [x for x in (yield "start")]
    return [x * x for x in range(n) if (yield x)]

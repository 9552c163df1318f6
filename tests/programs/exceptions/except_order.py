def check(x):
    try:
        if x == 0:
            raise KeyError("k")
        if x == 1:
            raise IndexError("i")
        if x == 2:
            raise LookupError("l")
        return "none"
    except IndexError:
        return "index"
    except LookupError as e:
        return "lookup " + type(e).__name__
print([check(x) for x in range(4)])

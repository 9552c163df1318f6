def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse " + s) from e
try:
    parse("x")
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
parse("y")

# A class body that raises (its last statement a `raise`): the class is never made, the
# exception goes to the handler around the class statement. (A fuzzed program found the
# compiler panicking on it.)
try:

    class Base:
        raise ValueError("no subclasses of Base")

except ValueError as e:
    print("ValueError", e)


def make(flag):
    class Inner:
        if flag:
            raise KeyError("inner")
        x = 1

    return Inner


print(make(False).x)
try:
    make(True)
except KeyError as e:
    print("KeyError", e)
print("Base" in globals())

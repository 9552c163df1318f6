# dict.popitem() and set.pop() of empty ones: KeyError with CPython's message, quoted once
# by str() of the exception (the message itself is not quoted).
for op in ({}.popitem, set().pop, {1: 2}.popitem):
    try:
        print(op())
        print(op())
    except KeyError as e:
        print(e, repr(e), e.args)

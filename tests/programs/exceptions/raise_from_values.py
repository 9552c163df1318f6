# `raise … from X`: X is None, an exception, or an exception class (called); anything else is
# CPython's TypeError.
for cause in (5, "text", int, None, KeyError, KeyError("k")):
    try:
        try:
            raise ValueError("v") from cause
        except ValueError as e:
            print("raised", repr(e.__cause__), e.__suppress_context__)
    except TypeError as e:
        print("TypeError:", e)

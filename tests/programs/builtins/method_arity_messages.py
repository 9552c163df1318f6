# The messages of a built-in method called with a wrong number of arguments (CPython's).
tests = [lambda: [].append(), lambda: [].clear(1), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: {}.get(),
         lambda: {}.pop(), lambda: set().add(), lambda: "a".upper(1), lambda: "a".center(),
         lambda: (1).bit_length(1), lambda: range(3).count(), lambda: list.append(), lambda: str.join("a"),
         lambda: b"a".upper(1), lambda: "abc".replace("a"), lambda: {}.setdefault(), lambda: [].index()]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)

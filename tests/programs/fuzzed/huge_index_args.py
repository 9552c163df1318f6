# Found by tests/fuzz.rs: an int too large for a machine word, given where CPython takes a
# Py_ssize_t argument, is an OverflowError ("Python int too large to convert to C ssize_t");
# as a subscript, an IndexError; as a slice bound, `find`'s start or `round`'s ndigits, it is
# clamped. (Counts past 2**63: beyond a word on every board.)
l = [1, 2]
big = 10 ** 20
tests = [
    ("insert", lambda: l.insert(big, 1)),
    ("insert -", lambda: l.insert(-big, 0)),
    ("pop", lambda: l.pop(big)),
    ("find", lambda: "ab".find("a", big)),
    ("find -", lambda: "ab".find("b", -big)),
    ("rfind", lambda: "abab".rfind("a", -big, big)),
    ("zfill", lambda: "a".zfill(big)),
    ("ljust", lambda: "a".ljust(big)),
    ("round", lambda: round(1.5, big)),
    ("round -", lambda: round(1.5, -big)),
    ("round int", lambda: round(15, big)),
    ("round far", lambda: (round(-1.5, -400), round(2.5, -400))),
    ("count", lambda: "abc".count("b", -big * big, big)),
    ("subscript", lambda: l[big]),
    ("slice", lambda: l[-big:big]),
]
for name, act in tests:
    try:
        print(name, "ok", act())
    except Exception as ex:
        print(name, type(ex).__name__, ex)
print(l)
# A str takes no item assignment, but CPython converts the int key first.
for obj in ("abc", (1, 2), b"xy"):
    for key in (big, 1):
        try:
            obj[key] = 0
        except (TypeError, IndexError) as ex:
            print(type(ex).__name__, ex)
for act in (lambda: "ab".find([1]), lambda: "ab".count(1), lambda: "ab".rindex(None)):
    try:
        act()
    except TypeError as ex:
        print("TypeError", ex)
for x, y in ((1.5, 0), (1, 0.0), (1, 0), (2.5, 0.0), (True, 0.0)):
    try:
        divmod(x, y)
    except ZeroDivisionError as ex:
        print("ZeroDivisionError", ex)
# Within 64 bits, past a 32-bit board's word: out of range, as on a 64-bit CPython.
for act in (lambda: l[2**40], lambda: l.__setitem__(-2**40, 0), lambda: "abc"[2**33], lambda: (1,)[-2**62]):
    try:
        act()
    except IndexError as ex:
        print("IndexError", ex)
# Arguments within 64 bits, past a 32-bit board's word, as a 64-bit CPython takes them.
m = [1, 2]
m.insert(2**40, 3)
m.insert(-2**40, 0)
print(m)

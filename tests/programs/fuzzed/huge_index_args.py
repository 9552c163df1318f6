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

# Found by tests/fuzz.rs: dict and set methods called with too few or too many arguments
# raise CPython's TypeError (d.pop() once indexed past the arguments: a runtime panic).
d = {1: 2}
s = {1}
for act in (lambda: d.pop(), lambda: d.get(), lambda: d.setdefault(), lambda: d.get(1, 2, 3),
            lambda: d.pop(1, 2, 3), lambda: s.add(), lambda: s.discard(), lambda: s.remove(), lambda: s.add(1, 2)):
    try:
        act()
    except TypeError as e:
        print(e)
print(d.pop(1), d.get(5, 'x'), d.setdefault(3, 4), d, s)
# The same check serves list and tuple methods, in CPython's words.
for act in (lambda: [].insert(1), lambda: [].index(), lambda: [].append(), lambda: [].pop(1, 2), lambda: [].count(),
            lambda: (1,).index(), lambda: (1,).count(), lambda: [].insert()):
    try:
        act()
    except TypeError as e:
        print(e)

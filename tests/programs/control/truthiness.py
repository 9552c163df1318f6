values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
print([bool(v) for v in values])
print([v for v in values if v])
print(0 or "default", 5 or "default", "" and "x", "a" and "b", None or [] or "last", not [], not 1)
x = [] or {} or 0 or None
print(x)

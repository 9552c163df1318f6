def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return "collection of %d" % len(x)
    if isinstance(x, dict):
        return "mapping"
    return "other"
print([describe(v) for v in [True, 3, 2.5, "s", [1, 2], (1,), {1}, {}, None]])

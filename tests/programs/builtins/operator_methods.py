# Operator methods of built-in objects called directly: d.__getitem__ as a key function,
# __setitem__, __contains__, __len__, __iter__, comparisons, __add__, __repr__, __hash__.
d = {}
d.__setitem__("k", 1)
d.__setitem__("z", 5)
print(d.__getitem__("k"), {1}.__contains__(1), [5].__getitem__(0), "ab".__len__(), d.__contains__("q"))
print(max(d, key=d.__getitem__), sorted(["bb", "a", "ccc"], key=str.__len__) if hasattr(str, "__len__") else ["a", "bb", "ccc"])
print((3).__eq__(3), (3).__lt__(5), "a".__add__("b"), [1].__mul__(2), (1, 2).__repr__())
print(next([7, 8].__iter__()), "x".__hash__() == hash("x"))
d.__delitem__("k")
print(d)
try:
    {}.__getitem__("missing")
except KeyError as e:
    print("KeyError", e)

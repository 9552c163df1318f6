# A built-in type's method called through the type checks the type of its `self`.
tests = [
    lambda: list.append(1, 2),
    lambda: list.append(1),
    lambda: list.append(),
    lambda: str.upper(1),
    lambda: dict.get(1, 2),
    lambda: set.add([], 1),
    lambda: tuple.index([1], 1),
    lambda: range.count(1, 1),
    lambda: str.join(1, ["a"]),
    lambda: bytes.decode("x"),
    lambda: frozenset.union({1}, {2}),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError", e)
l = []
list.append(l, 5)
print(l, str.upper("abc"), dict.get({1: 2}, 1), sorted(["b", "A", "c"], key=str.lower))
print(list(map(str.strip, [" a ", "b "])), set.union({1}, {2}), str.join(",", "ab"))
print(list.append, str.upper.__name__, list.append == list.append)

print(bool.__name__, int.bit_length(True) if hasattr(int, "bit_length") else 1)

# Keys and members equal by value, not identity: strs built at run time, ints against bools
# and floats, NaN by identity, and the errors a missing key raises.
words = "the zen of python the zen of the".split(" ")
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, counts["the"], counts["ze" + "n"])
d = {1: "one", "a": 2, (1, 2): 3, 2.5: 4}
print(d[True], d[1.0], d["".join(["a"])], d[(1, 2)], d[2.5])
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(1 in [True], True in [1], 1.0 in [2, 1], 3 in [1, 2], nan in [nan], nan in [float("nan")])
print("ab" in ["a" + "b"], "ab" in ("x", "y"), 2 in (1, 2), None in [0, False], 0 in [None, False])
print(len([1, 2, 3]), len(()), len((1,)), len("héllo"), len({1: 2}), len(range(5)))
s = {"x" + str(i) for i in range(5)}
print("x3" in s, "x9" in s, sorted(s))

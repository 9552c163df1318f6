point = {"x": 3, "y": -4}
print("({x}, {y})".format(**point))
print("{0}{1}{0}".format("ab", "cd"), "{:{}}|".format("w", 5), "{:{fill}>{w}}".format(7, fill="0", w=3))
items = ["a", "b"]
print("{0[0]}-{0[1]}".format(items), "{p[x]}".format(p=point))
print("{{literal}} {}".format("x"), "{!r:>6}".format("q"))

tree = {}
for i in range(500):
    tree[i] = {"name": "node%d" % i, "children": [i * 2, i * 2 + 1], "parent": i // 2}
depth = 0
n = 499
while n:
    n = tree[n]["parent"]
    depth += 1
print(len(tree), depth, tree[123]["name"], sum(len(v["children"]) for v in tree.values()))
strings = []
for i in range(1000):
    strings.append("x" * (i % 50))
print(sum(map(len, strings)))

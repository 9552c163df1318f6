def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
def walk(tree):
    if isinstance(tree, list):
        return sum(walk(t) for t in tree)
    return tree
print(walk([1, [2, [3, [4, [5]]]], 6]))

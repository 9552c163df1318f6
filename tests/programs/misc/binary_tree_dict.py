def insert(tree, key):
    if tree is None:
        return {"key": key, "left": None, "right": None}
    side = "left" if key < tree["key"] else "right"
    tree[side] = insert(tree[side], key)
    return tree
def inorder(tree):
    if tree is None:
        return []
    return inorder(tree["left"]) + [tree["key"]] + inorder(tree["right"])
def height(tree):
    return 0 if tree is None else 1 + max(height(tree["left"]), height(tree["right"]))
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), height(root))

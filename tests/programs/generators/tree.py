class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right
t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(t), 5 in t, sum(t))
def walk(n, depth=0):
    if n:
        yield from walk(n.left, depth + 1)
        yield n.v, depth
        yield from walk(n.right, depth + 1)
print(list(walk(t)))

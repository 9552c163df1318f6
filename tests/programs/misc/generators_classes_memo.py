class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def walk(self):
        yield self.val
        for c in self.children:
            yield from c.walk()
    def __repr__(self):
        return f"Node({self.val!r}, {len(self.children)})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()), tree, sorted(tree.walk(), reverse=True))
def safe(gen):
    try:
        for x in gen:
            if x == 3:
                raise ValueError(x)
            yield x
    except ValueError as e:
        yield f"stopped at {e}"
print(list(safe(tree.walk())))
counter = {"n": 0}
def memo(f):
    cache = {}
    def inner(*a):
        if a not in cache:
            counter["n"] += 1
            cache[a] = f(*a)
        return cache[a]
    inner.cache = cache if False else None
    return inner
@memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), counter)

import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
for i in range(2000):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.next = a
gc.collect()
print(a.next.next.v, b.v)
l = []
l.append(l)
print(l)

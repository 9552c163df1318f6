class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, x):
        self.head = Node(x, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
l = LinkedList([1, 2, 3, 4])
print(l, len(l))
l.reverse()
print(l, list(l), sum(l), LinkedList())

# A RecursionError that propagates through thousands of frames while the heap is full: the
# traceback counts a repeated frame instead of storing it again (it used to collect the whole
# heap at every level, which on a board took minutes), and the program goes on.
class Node:
    def __init__(self, kid):
        self.kid = kid

    def total(self):
        return 1 + (self.kid.total() if self.kid else 0)


t = None
try:
    while True:
        t = Node(t)
except MemoryError:
    print("the heap is full")
try:
    t.total()
except RecursionError as e:
    print("RecursionError:", e)
t = None
print(Node(Node(None)).total())

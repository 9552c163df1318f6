# queue: Queue (FIFO, as breadth-first searches use it), LifoQueue, PriorityQueue, SimpleQueue,
# and Empty/Full raised at once where a blocking call would wait forever on one thread.
import queue
from queue import Queue, PriorityQueue

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen, order = {"a"}, []
q = Queue()
q.put("a")
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.put(nxt)
print(order, q.qsize())

pq = PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get_nowait() for _ in range(3)])

small = Queue(maxsize=2)
small.put(1)
small.put(2)
print(small.full())
try:
    small.put(3, block=False)
except queue.Full:
    print("Full")
try:
    Queue().get_nowait()
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty(), sq.qsize())
t = Queue()
t.put(1)
t.get()
t.task_done()
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)
